from lint_perda.cli import main

main()
