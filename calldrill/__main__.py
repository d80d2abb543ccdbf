from calldrill.cli import main

main()
