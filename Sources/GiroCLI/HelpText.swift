import Giro

/// The help pages of the command-line tool.
enum HelpText {
    static let overview = """
        giro: plans the working weeks of field sales representatives.

        Usage: giro COMMAND [ARGUMENTS]

        Commands:
          bench vrptw|toptw --dir DIR --bks FILE --output OUT
                              Plan every instance of a benchmark family and compare with best-known values.
          bench pvrp --dir DIR --reference FILE --output OUT
                              Plan periodic VRP instances and compare with reference distances.
          bench ophs --dir DIR --optimum FILE --output OUT
                              Plan orienteering instances with hotel selection and compare with optimal scores.
          bench territories --preset NAME --output OUT
                              Compare the heuristics on territories of the generator presets.
          bench scale --preset NAME --output OUT
                              Measure planning time and memory at growing sizes and fit their growth.
          bench vroom --preset NAME --output OUT
                              Plan short preset territories with VROOM and with Giro at the same time limit.
          check COMPANY [--rep ID | --group ID]
                              Run the health check of a company, group or rep and list its findings.
          generate --preset NAME --output FILE
                              Write a synthetic territory built from a named preset.
          export --format vroom TERRITORY --output FILE
                              Write the part of a territory that VROOM can express as VROOM input.
          import --format vroom TERRITORY SOLUTION
                              Read VROOM's solution of an exported territory as a plan and validate it.
          plan TERRITORY      Plan a territory file and print a summary per rep and day.
          settings COMPANY (--company | --group ID | --rep ID | --customer ID)
                              Print every effective setting of one scope and where it comes from.
          solve FILE          Plan a benchmark instance (Solomon or Gehring–Homberger VRPTW).
          transfer COMPANY --from REP --to REP --output NEW.json
                              Move or copy customers from one rep to another.
          validate TERRITORY PLAN
                              Check a plan against its territory and list every broken rule.

        Run 'giro COMMAND --help' for the options of a command.
        """

    static let generate = """
        Usage: giro generate --preset NAME --output FILE [options]
               giro generate --list-presets

        Writes a synthetic territory file (docs/territory-format.md) from a preset of
        the presets file (datasets/README.md describes its keys). Customers lie around
        the real towns of the preset's towns file, more around larger towns, or
        uniformly over the area. The same preset and seed give the same file.

        Options:
          --preset NAME        The preset to build; --list-presets prints every name
                               with its description, one per line, name first.
          --presets FILE       The presets file (default: datasets/territory-presets.json
                               in the current folder).
          --output FILE        The territory file to write.
          --format NAME        'territory' (the default) writes a territory file, planned as
                               one problem; 'company' writes a company file
                               (docs/company-format.md) with one group, whose reps
                               giro plan plans one by one.
          --seed N             Seed of every random choice, 0 to 2^64-1 (default: the
                               preset's).
          --reps N             Number of reps, 1 to 1000 (default: the preset's).
          --customers-per-rep N
                               Customers per rep on average, 1 to 100000 (default: the
                               preset's).
          --days N             Horizon in days, 1 to 366 (default: the preset's).
          --start DATE         First day of the horizon, YYYY-MM-DD (default: the
                               preset's).
        """

    static let export = """
        Usage: giro export --format vroom TERRITORY --output FILE [--optional]

        Writes the part of a territory file that VROOM can express, in VROOM's JSON
        input format (docs/vroom.md). Each working day of each rep becomes a vehicle
        with its shift and break; each appointment, reservation and due customer
        becomes a job with a time window on every day it may use, and priority 100
        (appointments, reservations) or 10 times the customer's priority, at most 99
        (due customers). Travel comes from the territory's travel model as duration
        (seconds) and distance (metres) matrices.
        VROOM cannot express cadences, nights away, the maximum working time or calls
        without a location; those parts are left out.

        Options:
          --format vroom       The output format; only 'vroom' so far.
          --output FILE        The VROOM input file to write.
          --optional           Also export customers that are not yet due but may be
                               visited early, with priority 0.
        """

    static let importCommand = """
        Usage: giro import --format vroom TERRITORY SOLUTION [--output PLAN.json] [--optional]

        Reads VROOM's solution (its JSON output) of the problem that 'giro export'
        wrote for TERRITORY, turns it into a Giro plan, checks it with the validator
        and prints the summary per rep and day. Jobs that VROOM left unassigned, and
        visits that could not be exported, are listed as unplanned. Exit status 0
        means the plan is valid under Giro's rules, 1 that it is not.

        Options:
          --format vroom       The input format; only 'vroom' so far.
          --output PLAN.json   Also write the plan as a Giro plan file.
          --optional           Give it when the export used --optional, so that the
                               job numbers match.
        """

    static let check = """
        Usage: giro check COMPANY [--rep ID | --group ID] [--as USER] [--format NAME]
               giro check --list-criteria

        Reads a company file (JSON, see docs/company-format.md) and runs the health
        check of the whole company, one group or one rep: data quality, planning
        settings, territory and usage criteria, each measured against a threshold
        (see docs/health-check.md). Each finding lists its criterion, severity,
        measured value, threshold, the affected ids and a suggestion.

        Options:
          --rep ID             Check only this rep and its customers.
          --group ID           Check only the reps of this group, and the group itself.
          --as USER            Check on behalf of this user of the file: a supervisor may
                               check only the groups he leads, a rep only himself
                               (default: no restriction).
          --format NAME        'text' (the default), 'json' or 'markdown'.
          --list-criteria      Print every criterion, one per line: id, category, title.
          --help               Show this help.

        Exit status: 0 when no finding has severity error, 1 when one has, 2 for a
        usage or input error, or a scope outside the user's.
        """

    static let plan = """
        Usage: giro plan TERRITORY [options]
               giro plan COMPANY [options]

        Plans a territory file (JSON, see docs/territory-format.md), checks the plan
        with the independent validator, prints a summary per rep and day, and writes
        the plan as JSON when --output is given. A company file (docs/company-format.md)
        plans every rep and prints a table per rep and per group. Ctrl-C stops the
        search and reports the best plan found so far.

        Options:
          --start DATE         First day of the horizon, YYYY-MM-DD (default: from the file).
          --days N             Number of days in the horizon, 1 to 366 (default: from the file).
          --seed N             Seed for randomised phases, 0 to 2^64-1 (default: 1).
          --time-limit SECONDS Wall-clock limit in seconds per rep, at most 1000000 (about
                               11.6 days), travel matrix included; appointments, reservations
                               and due customers are always placed, in one quick pass once the
                               limit has passed (default: none).
          --output PATH        Write the plan to this JSON file (see docs/plan-format.md), whose
                               folder must exist and which may not be an input file; for a
                               company, a folder (created when missing) that receives one
                               REP.json per rep.
          --customers FILE.csv For a territory file: plan the customers of this CSV file
                               (see docs/territory-format.md) in place of the territory's own.
                               Its repId values must name reps of the territory, and every
                               appointment, reservation and past visit must name one of its
                               customers.
          --report FILE.html   For a territory file: also write one self-contained HTML page
                               with each rep's days, a map of the routes and a timeline of
                               each day.
          --from HH:MM         For a territory file: re-plan the first day from this clock
                               time (HH:MM or HH:MM:SS), in place of the file's
                               horizon startTime. Nothing is planned before it: an
                               appointment that starts earlier is listed as unplanned, and
                               the break frame opens no earlier.
          --at LAT,LON         For a territory file: the rep's location at the start of the
                               first day (X,Y for planar territories), such as where the
                               rep is when re-planning.
          --done IDS           With --from: customers already visited on the first day,
                               separated by commas; each visit counts for the cadence and
                               the customer is not visited again that day.
          --explain CUSTOMER   For a territory file: also tell whether the customer is in
                               the plan and why not, its cadence, when it is next due, and
                               the cheapest day to add one more visit to the plan's routes.
          --details            For a company: also print every rep's days.
        \(solverOptions)
          --quiet              Print no progress on standard error.
          --help               Show this help.

        Exit status: 0 when the validator accepts every plan (unplanned visits allowed),
        1 when it rejects one, 2 for a usage, input or output error.
        """

    static let settings = """
        Usage: giro settings COMPANY (--company | --group ID | --rep ID | --customer ID) [options]

        Reads a company file (JSON, see docs/company-format.md; a territory file is read
        as a company with one group 'default') and prints every effective setting of
        the chosen scope, one per line: the key, where the value comes from (default,
        company, group X, rep Y or customer Z), the lock that applies to the scope, if
        any, and the value as the file writes it. Durations are in minutes.

        Options:
          --company            Show the company-level settings.
          --group ID           Show the settings of this group.
          --rep ID             Show the settings of this rep, with its group's and the company's.
          --customer ID        Show the settings of this customer, down from the company.
          --format NAME        'text' (the default) or 'json'.
          --help               Show this help.

        Exit status: 0 on success, 2 for a usage or input error.
        """

    static let solve = """
        Usage: giro solve --format solomon FILE [options]

        Plans a Solomon or Gehring–Homberger VRPTW instance as one day with a fleet
        limit and vehicle capacity, minimising total distance (see --objective), and
        prints the number of vehicles, the distance, the seconds spent building the
        travel matrix and planning (not reading the file or validating) and the
        validator's verdict.

        Options:
          --format NAME        Instance format; only 'solomon' (the default) for now.
          --dimacs             Truncate every leg's distance to one decimal (DIMACS 2021).
          --seed N             Seed for randomised phases, 0 to 2^64-1 (default: 1).
          --time-limit SECONDS Wall-clock limit in seconds, at most 1000000 (default: none).
          --output PLAN.json   Write the plan to this file; times are in instance units
                               times 1,000 seconds. The folder must exist.
          --objective NAME     'distance' (the default) minimises total distance; 'vehicles'
                               minimises the number of vehicles first, with a cost of
                               \(Int(BenchmarkObjective.routeCost)) distance units per route, then distance.
        \(solverOptions)
          --quiet              Print no progress on standard error.
          --help               Show this help.

        Exit status: 0 when the validator accepts the plan and every customer is served,
        1 otherwise, 2 for a usage, input or output error.
        """

    static let transfer = """
        Usage: giro transfer COMPANY --from REP --to REP [options] --output NEW.json

        Reads a company file (JSON, see docs/company-format.md), moves customers of
        the --from rep to the --to rep, or copies them with --copy, and writes the
        changed company to NEW.json. The input file stays unchanged.

        A move keeps the customer ids and carries the visit history, appointments,
        reservations, blocks and the customers' own settings along. A copy creates
        customers with the ids ID~copy~REP (then ID~copy~REP~2, ~3, … when taken) and
        duplicates their history, appointments and reservations. Afterwards the
        receiving rep's group, rep and company settings apply to every value that a
        customer does not set itself.

        Options:
          --from REP           Rep that owns the customers now.
          --to REP             Rep that receives the customers or their copies.
          --customers ID,ID    Customer ids of the --from rep, separated by commas
                               (default: all of its customers).
          --copy               Copy the customers instead of moving them.
          --as USER            User who makes the transfer; needs the permission to
                               transfer customers of both reps (default: the first
                               admin of the file).
          --output NEW.json    File for the changed company (required).
          --help               Show this help.

        Exit status: 0 on success, 2 for a usage or input error or a rejected transfer.
        """

    static let validate = """
        Usage: giro validate TERRITORY PLAN
               giro validate COMPANY PLAN [--rep ID]
               giro validate --format solomon FILE PLAN

        Recomputes every time and total of PLAN from the territory (or company, or
        benchmark instance) alone and lists each broken rule with the rep, day and stop.
        The plan's horizon (its days, and for a re-plan its start time and place) is
        the one checked.

        Options:
          --format NAME        'territory' (the default) for a territory or company JSON
                               file, or 'solomon' for a Solomon or Gehring–Homberger instance.
          --rep ID             With a company file: the rep the plan is for (default: the
                               rep named in the plan).
          --done IDS           For a re-plan (a plan whose horizon has a start time): the
                               customers already visited on the first day, as given to
                               giro plan --done.
          --dimacs             With --format solomon: the instance uses the DIMACS
                               convention of legs truncated to one decimal.
          --help               Show this help.

        Exit status: 0 when the plan is valid, 1 when it breaks a rule, 2 for a usage
        or input error.
        """
}
