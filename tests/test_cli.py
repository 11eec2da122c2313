"""The command line, the README's two commands, and CI running the README's test command."""

import re
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, arsip


@pytest.mark.parametrize("command", [[], ["build"], ["generate"], ["explain"]])
def test_every_command_has_help(command, tmp_path):
    result = arsip(*command, "--help", cwd=tmp_path)
    assert "Usage: " in result.stdout


def test_explain_marks_removed_lines_with_their_rule(project):
    result = arsip("explain", "seeds/001_f4f2b7e91b879bed.txt", cwd=project)
    lines = result.stdout.splitlines()
    assert any(re.search(r"- comment-section\s+Tinggalkan Balasan", line) for line in lines)
    assert any(re.search(r"- promo-id\s+Baca juga: Presiden Rusia", line) for line in lines)
    assert any(re.search(r"keep\s+Pemimpin Korea Utara dan Rusia bertemu", line) for line in lines)


def test_missing_plugin_is_a_clear_error(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\ndocs_dir: docs\n")
    (tmp_path / "docs").mkdir()
    result = arsip("generate", cwd=tmp_path, check=False)
    assert result.returncode != 0 and "`arsip` plugin is not listed" in result.stderr


def readme_commands() -> dict[str, str]:
    text = (ROOT / "README.md").read_text()
    found = {}
    for marker, block in re.findall(r"<!-- (\w+-command) -->\n```sh\n(.*?)\n```", text, re.S):
        found[marker] = block
    return found


def test_readme_has_exactly_two_set_up_commands():
    commands = readme_commands()
    assert sorted(commands) == ["build-command", "test-command"]
    assert all("\n" not in c for c in commands.values())
    assert "arsip build" in commands["build-command"]
    assert "pytest" in commands["test-command"]


def test_ci_runs_the_readme_test_command_verbatim():
    script = (ROOT / ".ci" / "run").read_text()
    assert "README.md" in script and "test-command" in script
    awk = re.search(r"command=\$\(awk '(.*?)' README.md\)", script).group(1)
    extracted = subprocess.run(["awk", awk, "README.md"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    assert extracted == readme_commands()["test-command"]


def test_actors_unreviewed_lists_discovered_people_with_examples(project):
    result = arsip("actors", "--unreviewed", cwd=project)
    lines = result.stdout.splitlines()
    assert any("Michael Madden  (unreviewed)" in line for line in lines)
    assert any("kata Michael Madden, pakar kepemimpinan Korea Utara" in line for line in lines)
    assert not any("Vladimir Putin" in line and "unreviewed" in line for line in lines)
    assert "11 unreviewed" in result.stdout  # 9 people and 2 organisations (Universitas Oslo, Institut Global …)


def test_the_build_check_walks_a_custom_theme_folder_but_not_materials_own(tmp_path, monkeypatch):
    """Material's theme folder (14,000 files) changes only with its version, which the check digests."""
    from generator import cli

    walked = []
    monkeypatch.setattr(cli, "_files", lambda root: walked.append(Path(root).resolve()) or {})
    config, docs, custom = tmp_path / "mkdocs.yml", tmp_path / "site_src", tmp_path / "overrides"
    config.write_text("site_name: x\n", encoding="utf-8")
    docs.mkdir()
    custom.mkdir()
    material = next(folder for folder in cli._versioned_package_dirs() if folder.name == "material") / "templates"
    cli._build_inputs(config, docs, tmp_path / "site", [str(material), str(custom)], frozenset())
    assert docs.resolve() in walked and custom.resolve() in walked
    assert material.resolve() not in walked
