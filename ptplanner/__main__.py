from ptplanner.cli import main

raise SystemExit(main())
