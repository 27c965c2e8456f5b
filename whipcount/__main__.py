from .outputs.cli import main

main()
