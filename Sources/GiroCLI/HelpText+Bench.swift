import Giro

/// The help page of `giro bench` and the solver options that several
/// commands share.
extension HelpText {
    /// Option lines for `SolverArguments`, indented like the other options.
    static let solverOptions = """
          --construction NAME  Heuristic that builds the first plan (default: regret): cheapest,
                               regret, regret-K for K from 2 to 9, savings, i1, sweep.
          --operators LIST     Local-search operators, separated by commas, or 'none' to switch
                               local search off (default: all): relocate, swap, 2-opt, 2-opt*,
                               or-opt, cross-exchange, insert, remove, replace, shift.
          --metaheuristic NAME Improvement after the local search: ruin-and-recreate (the
                               default) or none.
          --ruin LIST          Ruin methods, separated by commas (default: all): string-removal,
                               random-removal, worst-removal.
          --recreate LIST      Recreate methods, separated by commas (default: all): greedy,
                               regret.
          --acceptance NAME    When a ruin-and-recreate step's plan replaces the current one:
                               annealing (the default) or late-acceptance.
          --neighbours K       Nearest visits that each visit's moves consider, 1 to 1000
                               (default: 20).
          --iterations N       Ruin-and-recreate steps at most, 0 to 1000000000 (default: none,
                               and \(PlannerOptions.defaultIterationLimit) when no time limit is given either).
          --stall N            Stop after N steps without a new best plan, 1 to 1000000000
                               (default: none).
        """

    static let bench = """
        Usage: giro bench vrptw --dir DIR --bks FILE --output OUT [options]

        Plans every Solomon-format instance (*.txt) of DIR with seeds 1 to K, one run
        after the other on one thread, checks every plan with the independent
        validator, and compares its distance with the best-known distance from FILE.
        Writes into the folder OUT, which is created when missing and may not lie
        inside DIR:

          results.csv      one row per instance and seed: instance, class, seed,
                           vehicles, distance, bks_distance, gap_percent, seconds,
                           iterations, validator, unplanned
          summary.md       by instance class: mean over instances of the median gap
                           over seeds, mean vehicles, distance and seconds, invalid runs
          convergence.csv  the best objective over time, at most 200 points per run
          gap-bars.svg     the mean gap by class as a bar chart
          convergence.svg  the mean gap over time by class (distance objective only)
          report.html      one self-contained page with the settings, the table and
                           the pictures

        Gaps are (distance - best known) / best known x 100. Seconds cover building
        the planner and planning, not reading files or validating.

        Options:
          --dir DIR            Folder of the instance files (required).
          --bks FILE           CSV file of best-known values with the columns instance,
                               vehicles and distance (required).
          --output OUT         Folder for the result files (required).
          --seeds K            Run seeds 1 to K on every instance, 1 to 1000 (default: 1).
          --time-limit SECONDS Wall-clock limit per run in seconds, at most 1000000
                               (default: none).
          --objective NAME     'distance' (the default) minimises total distance; 'vehicles'
                               minimises the number of vehicles first, with a cost of
                               \(Int(BenchmarkObjective.routeCost)) distance units per route, then distance.
          --dimacs             Truncate every leg's distance to one decimal (DIMACS 2021);
                               use the matching BKS file.
        \(solverOptions)
          --quiet              Print no progress on standard error.
          --help               Show this help.

        Progress: one line per run on standard error with the instance, seed, distance,
        gap and seconds. The summary is printed on standard output as well.

        Exit status: 0 when every plan is valid and serves every customer, 1 otherwise,
        2 for a usage, input or output error.
        """

    static let benchTOPTW = """
        Usage: giro bench toptw --dir DIR --bks FILE --output OUT [options]

        Plans every team orienteering instance (*.txt) of DIR and its subfolders that
        has a best-known score, for each number of tours and with seeds 1 to K, one run
        after the other on one thread. Each tour is a rep at the depot working within
        the depot's window; each point is a customer whose visit is worth its score
        (see docs/benchmarks.md). Every plan is checked with the independent validator,
        and its score is compared with the best-known score. Writes into OUT:

          results.csv      one row per instance, number of tours and seed: instance,
                           tours, seed, score, bks_score, gap_percent, visits, seconds,
                           iterations, validator
          summary.md       by number of tours: mean over instances of the median gap
                           over seeds, instances at the best-known score, seconds

        Gaps are (best known - score) / best known x 100.

        Options:
          --dir DIR            Folder of the instance files, searched with its subfolders
                               (required).
          --bks FILE           CSV file of best-known scores with the columns instance,
                               paths_m and best_score (required).
          --output OUT         Folder for the result files (required).
          --tours M-N          Numbers of tours to run, such as 1-4 or 2 (default: 1-4).
          --seeds K            Run seeds 1 to K, 1 to 1000 (default: 1).
          --time-limit SECONDS Wall-clock limit per run in seconds, at most 1000000
                               (default: none).
        \(solverOptions)
          --quiet              Print no progress on standard error.
          --help               Show this help.

        Exit status: 0 when every plan is valid, 1 otherwise, 2 for a usage, input or
        output error.
        """

    static let benchPVRP = """
        Usage: giro bench pvrp --dir DIR --reference FILE --output OUT [options]

        Plans every periodic VRP instance in Cordeau's format (*.txt) of DIR and its
        subfolders that has a reference distance, with seeds 1 to K, one run after the
        other on one thread. Each vehicle is a rep at the depot who works every day of
        the horizon; each customer gets one visit on each day of one of its allowed day
        combinations (see docs/benchmarks.md). Every plan is checked with the
        independent validator, and its total distance is compared with the reference
        distance. Writes into OUT:

          results.csv      one row per instance and seed: instance, seed, distance,
                           reference_distance, gap_percent, routes, visits,
                           missing_visits, seconds, iterations, validator
          summary.md       per instance the median over seeds of distance, gap and
                           missing visits, and the mean gap over the instances

        Gaps are (distance - reference) / reference x 100.

        Options:
          --dir DIR            Folder of the instance files, searched with its subfolders
                               (required).
          --reference FILE     CSV file of reference distances with the columns instance,
                               vehicles and distance (required).
          --output OUT         Folder for the result files (required).
          --instances LIST     Instance names to run, separated by commas, such as p01,p02
                               (default: every instance with a reference distance).
          --seeds K            Run seeds 1 to K, 1 to 1000 (default: 1).
          --time-limit SECONDS Wall-clock limit per run in seconds, at most 1000000
                               (default: none).
        \(solverOptions)
          --quiet              Print no progress on standard error.
          --help               Show this help.

        Exit status: 0 when every plan is valid and makes every visit, 1 otherwise, 2
        for a usage, input or output error.
        """

    static let benchOPHS = """
        Usage: giro bench ophs --dir DIR --optimum FILE --output OUT [options]

        Plans every orienteering instance with hotel selection (*.ophs) of DIR and its
        subfolders that has an optimal score, with seeds 1 to K, one run after the
        other on one thread. The tour is one rep whose trips are working days; each
        night is spent at a hotel the planner chooses, and the last trip ends at the
        end hotel (see docs/benchmarks.md). Every plan is checked with the independent
        validator, and its tour is read back against the instance (trip lengths, hotel
        chain, end hotel). Writes into OUT:

          results.csv      one row per instance and seed: set, instance, seed, score,
                           optimal_score, gap_percent, visits, extra_hotel_nights,
                           seconds, iterations, validator, tour_problem
          summary.md       per set and over all sets the mean gap and the share of
                           instances whose median score reaches the optimum

        Gaps are (optimum - score) / optimum x 100; a file's folder names its set.

        Options:
          --dir DIR            Folder of the instance files, searched with its subfolders
                               (required).
          --optimum FILE       CSV file of optimal scores with the columns instance,
                               best_score and known_optimum (required).
          --output OUT         Folder for the result files (required).
          --instances LIST     Instance names to run, separated by commas, such as
                               T1-65-1-2,64-45-1-2 (default: every instance with an
                               optimal score).
          --seeds K            Run seeds 1 to K, 1 to 1000 (default: 1).
          --time-limit SECONDS Wall-clock limit per run in seconds, at most 1000000
                               (default: none).
        \(solverOptions)
          --quiet              Print no progress on standard error.
          --help               Show this help.

        Exit status: 0 when every plan is valid and its tour keeps the instance's
        rules, 1 otherwise, 2 for a usage, input or output error.
        """

    static let benchTerritories = """
        Usage: giro bench territories --preset NAME[,NAME...] --output OUT [options]

        Builds the territory of each generator preset (see giro generate) and plans
        it with each heuristic and seeds 1 to K, one run after the other on one
        thread: the construction alone, with local search, and with ruin-and-recreate.
        With --reference-time-limit, long ruin-and-recreate runs follow on each
        territory. Every plan is checked with the independent validator, which also
        computes its figures, and each run's gap is measured against the best valid
        plan that any run found for the territory. Writes into OUT:

          results.csv      one row per territory, heuristic and seed: territory,
                           heuristic, seed, time_limit, objective, gap_percent, visits,
                           unplanned, cadence_compliance, overdue_at_end,
                           driving_share, km_per_visit, nights_away, seconds,
                           iterations, validator
          summary.md       per territory and heuristic: medians over the valid runs
                           of the gap, objective and figures, and the best gap
          convergence.csv  the best objective over time, at most 200 points per run
          convergence.svg  the mean gap over time of each territory and heuristic
          report.html      one self-contained page with the settings, the table and
                           the chart

        Gaps are (objective - best) / |best| x 100. Seconds cover building the
        planner and planning, not generating the territory or validating.

        Options:
          --preset NAMES       Presets to run, separated by commas (required).
          --presets FILE       The presets file (default: datasets/territory-presets.json
                               in the current folder).
          --output OUT         Folder for the result files (required).
          --heuristics LIST    Heuristics to compare, separated by commas (default: all):
                               construction, local-search, ruin-and-recreate.
          --seeds K            Run seeds 1 to K with every heuristic, 1 to 1000 (default: 3).
          --time-limit SECONDS Wall-clock limit per run in seconds, at most 1000000
                               (default: none).
          --reference-time-limit SECONDS
                               Also run ruin-and-recreate this long on each territory, as
                               the reference for the gaps (default: no reference runs).
          --reference-seeds K  Seeds 1 to K of the reference runs, 1 to 1000 (default: 3).
        \(solverOptions)
          --quiet              Print no progress on standard error.
          --help               Show this help.

        Exit status: 0 when every plan is valid, 1 otherwise, 2 for a usage, input or
        output error.
        """

    static let benchScale = """
        Usage: giro bench scale --preset NAME --output OUT [options]

        Plans territories of one generator preset at growing sizes and measures each.
        The sweep varies one dimension at a time around the preset's own size, the
        base size: every customers-per-rep value with the preset's reps and days,
        every reps value with its customers and days, and every days value with its
        customers and reps. The base size is always measured as well, even when the
        lists leave out its values, and each arm includes it. Each size is generated
        by a giro generate process and planned by a giro plan process, one after the
        other; several reps go into a company file, planned rep by rep.
        For each dimension with two sizes or more, a least-squares fit on logarithmic
        axes (LAPACK) gives the exponent k of seconds = c * value^k and its R².
        Writes into OUT:

          results.csv      one row per size: customers_per_rep, reps, days, customers,
                           planning_seconds, process_seconds, peak_memory_mb (in
                           MiB), validator
          summary.md       the same table and the fitted exponents
          scale.svg        log10 of seconds against log10 of size / base size, one
                           line per dimension

        Planning seconds are those that giro plan reports; for a company they include
        validating each rep's plan. Peak memory is the giro plan process's peak
        resident memory in MiB (1 MiB = 1,048,576 bytes), of at least this
        process's own (about 30 MiB), which Linux hands down to each child.

        Options:
          --preset NAME        The preset that sets the base size and everything else
                               (required).
          --presets FILE       The presets file (default: datasets/territory-presets.json
                               in the current folder).
          --output OUT         Folder for the result files (required).
          --customers-per-rep LIST
                               Customers per rep, separated by commas (default:
                               100,300,1000,2000).
          --reps LIST          Reps, separated by commas (default: 1,10,100).
          --days LIST          Horizon lengths in days, separated by commas (default: 5,10,20).
          --seed N             Passed to giro plan (default: giro plan's).
          --time-limit SECONDS Passed to giro plan, per rep (default: none).
        \(solverOptions)
          --quiet              Print no progress on standard error.
          --help               Show this help.

        The solver options are passed to giro plan as given. Exit status: 0 when
        every size has a valid plan, 1 otherwise, 2 for a usage, input or output
        error.
        """

    static let benchVROOM = """
        Usage: giro bench vroom --preset NAMES --output OUT [options]

        Plans short territories built from generator presets with VROOM and with Giro,
        each with the same time limit, one solve after the other on one thread. Each
        territory is cut down to what VROOM can express (no maximum working time, no
        nights away, driving time as the only cost), exported as giro export
        --format vroom does and solved by the vroom command once, since VROOM takes
        no seed. Giro plans the cut-down territory ('giro') and the whole territory
        ('giro-full') with seeds 1 to K. Every plan is checked by the validator, and
        measured on VROOM's terms (served priority: 100 for each appointment and
        reservation, 10 times the customer's priority for each due customer; then
        driving time) and on Giro's objective under the whole territory's rules.
        Writes into OUT:

          results.csv        one row per solve: territory, solver, seed, time_limit,
                             seconds, served_priority, exported_priority, served_jobs,
                             jobs, driving_seconds, distance_m, validator,
                             valid_on_exported_rules, full_rule_violations,
                             full_objective, cadence_compliance, visits, nights_away
          summary.md         in how many seeds Giro is at least as good as VROOM on
                             VROOM's terms, and the medians of every figure
          priority-bars.svg  the served priority per territory and solver
          driving-bars.svg   the driving time per territory and solver
          report.html        one self-contained page with the tables and pictures
          vroom/             per territory, VROOM's problem (<territory>-problem.json),
                             its solution (<territory>-solution.json) and its
                             standard output and error (<territory>-vroom.log)

        Options:
          --preset NAMES       Presets to run, separated by commas, each named once
                               (required).
          --presets FILE       The presets file (default: datasets/territory-presets.json
                               in the current folder).
          --output OUT         Folder for the result files (required).
          --days N             Horizon of every territory in days, 1 to 366 (default: 5).
          --seeds K            Giro's seeds 1 to K, 1 to 1000 (default: 3).
          --time-limit SECONDS Wall-clock limit of every solve, VROOM's included
                               (default: 5). vroom is stopped when it runs longer
                               than twice the limit, or the limit plus 2 s when
                               that is longer.
          --vroom PATH         The vroom command (default: vroom on the search path,
                               else ~/.cache/peer-solvers-venv/bin/vroom). pyvroom
                               from PyPI brings it: pip install pyvroom==1.15.2.
          --exploration X      VROOM's exploration level, 0 to 5 (default: 5).
        \(solverOptions)
          --quiet              Print no progress on standard error.
          --help               Show this help.

        Exit status: 0 when every plan of Giro's is valid, 1 otherwise, 2 for a usage,
        input or output error.
        """
}
