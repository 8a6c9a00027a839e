"""The real pre-commit tool runs the hook of .pre-commit-hooks.yaml
(`pre-commit try-repo`) in a temporary git repository: a faulty staged draft
fails with the finding, a clean one passes.

pre-commit builds the hook's virtualenv from this repository (`pip install .`);
that pip reads the machine's pip configuration like any other (here
/etc/pip.conf: the local wheel folders and mirrors, then PyPI, which is the
one index the network reaches), so no setting is needed; PRE_COMMIT_HOME is a
temporary folder shared by the two cases, so the environment is built once.
The selection and the fail-on level come from a pyproject.toml in the
temporary repository, which exercises configuration discovery too; the
drafts are the LP001 rule fixtures."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "rules" / "LP001"

pytestmark = pytest.mark.slow


def _pre_commit() -> list[str] | None:
    exe = Path(sys.executable).with_name("pre-commit")
    if exe.exists():
        return [str(exe)]
    if shutil.which("pre-commit"):
        return [shutil.which("pre-commit")]
    try:
        import pre_commit  # noqa: F401
        return [sys.executable, "-m", "pre_commit"]
    except ImportError:
        return None


@pytest.fixture(scope="module")
def pc_home(tmp_path_factory):
    return tmp_path_factory.mktemp("pre-commit-home")


def _repo(tmp_path: Path, draft: Path) -> tuple[Path, dict]:
    repo = tmp_path / "rancangan"
    repo.mkdir()
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.invalid",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.invalid")
    env.pop("FORCE_COLOR", None)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    (repo / "pyproject.toml").write_text('[tool.lint-perda]\nselect = ["LP001"]\nfail-on = "info"\n')
    shutil.copy(draft, repo / "perbup-arsip.txt")
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    return repo, env


def _try_repo(repo: Path, env: dict, home: Path):
    pc = _pre_commit()
    if pc is None:
        pytest.skip("pre-commit is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("pre-commit try-repo needs this project as a git repository")
    env = dict(env, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    # staged files only, as in a commit
    return subprocess.run([*pc, "try-repo", str(ROOT), "lint-perda", "--color", "never"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=900)


def test_faulty_draft_fails_the_commit(tmp_path, pc_home):
    repo, env = _repo(tmp_path, FIX / "fire.txt")
    r = _try_repo(repo, env, pc_home)
    line = next(ln.split()[0] for ln in (FIX / "fire.expected").read_text().splitlines() if ln.strip() and not ln.startswith("#"))
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Failed" in r.stdout
    assert f"perbup-arsip.txt:{line}:" in r.stdout and "LP001" in r.stdout, r.stdout


def test_clean_draft_passes(tmp_path, pc_home):
    repo, env = _repo(tmp_path, FIX / "quiet.txt")
    r = _try_repo(repo, env, pc_home)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Passed" in r.stdout
