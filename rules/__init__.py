"""Built-in rules (installed as lint_perda.rules)."""
