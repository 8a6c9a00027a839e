"""The command line (click).  Heavy modules are imported inside the commands
that need them, so `lint-perda --help` and a small `check` start fast."""
from __future__ import annotations

import sys

import click

from . import __version__

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="lint-perda")
def main():
    """lint-perda: pemeriksa konsistensi Perda dan Perkada.

    A consistency linter for Indonesian regional regulations."""


def _size(ctx, param, value):
    if value is None:
        return None
    from .config import parse_size
    try:
        return parse_size(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["full", "concise", "json", "sarif", "github", "html"]),
              default=None, help="Output format (default: full on a terminal, concise otherwise; "
                                 "html: one self-contained page, use with -o).")
@click.option("--select", default=None, help="Rules to enable: codes, slugs or prefixes, comma separated.")
@click.option("--extend-select", default=None, help="Rules to add to the selection.")
@click.option("--ignore", default=None, help="Rules to disable.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1 (default: warning).")
@click.option("--statistics", is_flag=True, help="Show counts per rule instead of each finding.")
@click.option("--lang", type=click.Choice(["id", "en"]), default=None, help="Message language.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None,
              help="Files linted in parallel processes (default and 0: one per CPU; 1: one at a time). "
                   "Output order is unchanged.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write the report to this file (atomically) instead of standard output.")
@click.option("--include", multiple=True, help="Glob of files to lint inside directories.")
@click.option("--exclude", multiple=True, help="Glob of files or folders to skip.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Configuration file for every linted file (default: the nearest pyproject.toml "
                   "[tool.lint-perda] or setup.cfg [lint-perda] above each file).")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--stdin-filename", default=None,
              help="With `-`: the name to report and to find the configuration for.")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None,
              help="Suppress the findings recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), default=None,
              help="Record the current findings as a baseline file and exit 0.")
@click.option("--base", multiple=True, type=click.Path(dir_okay=False),
              help="A base regulation (or earlier amendment) to check the amendments of this run against; "
                   "repeatable. Bases among the files of the run are found without it.")
@click.option("--max-size", callback=_size, default=None, metavar="SIZE",
              help='Refuse files larger than this ("20 MB", "500 KB"; 0 = no limit). Default 10 MB.')
@click.option("--no-cache", is_flag=True,
              help="Neither read nor write the results cache (see LINT_PERDA_CACHE_DIR, cache-dir).")
def check(paths, **opts):
    """Periksa berkas (.txt .md .docx .pdf) atau folder. Check files or folders.

    PATHS are files, folders (searched for .txt .md .docx .pdf) or `-` for
    standard input.  Exit code: 0 nothing at or above --fail-on, 1 findings,
    2 usage or configuration error or a file that could not be read."""
    from .run import run_check
    sys.exit(run_check(list(paths), opts))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--diff", is_flag=True, help="Show the fixes as a unified diff (the default).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write a fixed copy of one draft (.docx from .docx: Word tracked changes).")
@click.option("--write", is_flag=True, help="Fix .txt/.md drafts in place.")
@click.option("--unsafe-fixes", is_flag=True, help="Apply unsafe fixes too (renumbering with its references).")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--select", default=None, help="Rules whose fixes apply: codes, slugs or prefixes.")
@click.option("--extend-select", default=None)
@click.option("--ignore", default=None)
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None)
@click.option("--max-rounds", type=click.IntRange(min=1, max=100), default=10,
              help="Lint-and-fix rounds before giving up (default 10).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
def fix(paths, **opts):
    """Terapkan perbaikan temuan. Apply the findings' fixes.

    Default: a unified diff, nothing written.  Exit code: with the diff 0
    nothing to fix, 1 fixes to apply; with -o/--write 0 no finding left at
    or above --fail-on, 1 findings left; 2 usage error or a file that could
    not be read or written."""
    from .fix_cmd import run_fix
    sys.exit(run_fix(list(paths), opts))


@main.command()
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["tree", "json"]), default="tree")
@click.option("--depth", type=int, default=None, help="Show the tree only this deep.")
def parse(path, fmt, depth):
    """Tampilkan struktur hasil urai. Show the parsed structure."""
    from .parse_cmd import run_parse
    sys.exit(run_parse(path, fmt, depth))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def rules(fmt):
    """Daftar semua aturan. List every rule."""
    from .rules_cmd import run_rules
    sys.exit(run_rules(fmt))


@main.command()
@click.argument("rule")
def explain(rule):
    """Dokumentasi lengkap satu aturan (kode atau slug). A rule's documentation."""
    from .rules_cmd import run_explain
    sys.exit(run_explain(rule))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["dot", "graphml", "json", "svg"]), default="dot",
              help="svg: the drawing of the HTML report (Pasal and references; no Graphviz needed).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None)
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", help="Language of the svg drawing.")
def graph(paths, fmt, output, lang):
    """Graf struktur dan rujukan. The structure and reference graph.

    Several files (a regulation and its amendments): one graph with a node
    per document and "mengubah" edges from each instruction to the provision
    it changes."""
    if fmt == "svg":
        if len(paths) != 1:
            click.echo("lint-perda: --format svg menggambar satu berkas", err=True)
            sys.exit(2)
        from .report.graph_svg import run_graph_svg
        sys.exit(run_graph_svg(paths[0], output, lang))
    from .graph import run_graph
    sys.exit(run_graph(list(paths), fmt, output))


@main.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), required=True,
              help="The reviewed copy to write (.docx).")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--select", default=None)
@click.option("--ignore", default=None)
@click.option("--lang", type=click.Choice(["id", "en"]), default="id")
@click.option("--fix", "fix_", is_flag=True, help="Also write the safe fixes as Word tracked changes.")
@click.option("--unsafe-fixes", is_flag=True, help="With the unsafe fixes too (implies --fix).")
def review(path, output, force, select, ignore, lang, fix_, unsafe_fixes):
    """Tulis temuan sebagai komentar Word ke salinan .docx. Findings as Word comments."""
    from .review import run_review
    sys.exit(run_review(path, output, force=force, select=select, ignore=ignore, lang=lang,
                        fix=fix_, unsafe=unsafe_fixes))


@main.command()
@click.argument("base", type=click.Path(dir_okay=False))
@click.argument("amendments", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write the consolidated text here (.txt, .md or .docx) instead of standard output.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id")
def consolidate(base, amendments, output, force, lang):
    """Naskah konsolidasi: BASE dengan perubahannya. The consolidated text.

    Exit code: 0 every instruction applied, 1 some could not be (each on
    standard error), 2 unreadable input or output refused."""
    from .consolidate_cmd import run_consolidate
    sys.exit(run_consolidate(base, list(amendments), output, force, lang))


if __name__ == "__main__":  # pragma: no cover
    main()
