# The two set-up commands of the README. Each first installs the Debian
# packages Giro links against, when they are missing.

.PHONY: demo demo-far test property release

# Plans the demo territory and checks the plan with the validator.
demo:
	Scripts/install-system-packages.sh
	swift run -c release giro plan datasets/demo-northern-italy.json --output demo-plan.json
	swift run -c release giro validate datasets/demo-northern-italy.json demo-plan.json

# Plans the 20-day demo territory with a far region, where trips with nights
# away pay off, and checks the plan with the validator.
demo-far:
	Scripts/install-system-packages.sh
	swift run -c release giro plan datasets/demo-far-region.json --time-limit 10 --output demo-far-plan.json
	swift run -c release giro validate datasets/demo-far-region.json demo-far-plan.json

# Runs every unit test (debug build).
test:
	Scripts/install-system-packages.sh
	swift test

# Runs the property tests and the search-state tests over 10,000 random
# cases each (release build).
property:
	Scripts/install-system-packages.sh
	GIRO_PROPERTY_CASES=10000 swift test -c release --filter 'PlannerPropertyTests|SearchStateTests|MoveEvaluationTests'

# Builds the command-line tool in release mode.
release:
	Scripts/install-system-packages.sh
	swift build -c release --product giro
