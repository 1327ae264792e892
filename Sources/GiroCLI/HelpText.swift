/// The help pages of the command-line tool.
enum HelpText {
    static let overview = """
        giro: plans the working weeks of field sales representatives.

        Usage: giro COMMAND [ARGUMENTS]

        Commands:
          plan TERRITORY      Plan a territory file and print a summary per rep and day.
          solve FILE          Plan a benchmark instance (Solomon or Gehring–Homberger VRPTW).
          validate TERRITORY PLAN
                              Check a plan against its territory and list every broken rule.

        Run 'giro COMMAND --help' for the options of a command.
        """

    static let plan = """
        Usage: giro plan TERRITORY [options]

        Plans a territory file (JSON, see docs/territory-format.md), checks the plan
        with the independent validator, prints a summary per rep and day, and writes
        the plan as JSON when --output is given.

        Options:
          --start DATE         First day of the horizon, YYYY-MM-DD (default: from the file).
          --days N             Number of days in the horizon, 1 to 366 (default: from the file).
          --seed N             Seed for randomised phases, 0 to 2^64-1 (default: 1).
          --time-limit SECONDS Wall-clock limit in seconds; appointments, reservations and
                               due customers are always placed (default: none).
          --output PLAN.json   Write the plan to this file (see docs/plan-format.md).
          --quiet              Print no progress on standard error.
          --help               Show this help.

        Exit status: 0 when the validator accepts the plan (unplanned visits allowed),
        1 when it rejects the plan, 2 for a usage or input error.
        """

    static let solve = """
        Usage: giro solve --format solomon FILE [options]

        Plans a Solomon or Gehring–Homberger VRPTW instance as one day with a fleet
        limit and vehicle capacity, minimising total distance, and prints the number
        of vehicles, the distance and the validator's verdict.

        Options:
          --format NAME        Instance format; only 'solomon' (the default) for now.
          --dimacs             Truncate every leg's distance to one decimal (DIMACS 2021).
          --seed N             Seed for randomised phases, 0 to 2^64-1 (default: 1).
          --time-limit SECONDS Wall-clock limit in seconds (default: none).
          --output PLAN.json   Write the plan to this file; times are in instance units
                               times 1,000 seconds.
          --quiet              Print no progress on standard error.
          --help               Show this help.

        Exit status: 0 when the validator accepts the plan and every customer is served,
        1 otherwise, 2 for a usage or input error.
        """

    static let validate = """
        Usage: giro validate TERRITORY PLAN
               giro validate --format solomon FILE PLAN

        Recomputes every time and total of PLAN from the territory (or benchmark
        instance) alone and lists each broken rule with the rep, day and stop.

        Options:
          --format NAME        'territory' (the default) for a territory JSON file, or
                               'solomon' for a Solomon or Gehring–Homberger instance.
          --dimacs             With --format solomon: the instance uses the DIMACS
                               convention of legs truncated to one decimal.
          --help               Show this help.

        Exit status: 0 when the plan is valid, 1 when it breaks a rule, 2 for a usage
        or input error.
        """
}
