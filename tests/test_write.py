"""Write stage: ownership through the manifest, no needless rewrites, stale pages removed."""

import json

from generator.write import MANIFEST_NAME, write_pages


def test_first_write_then_nothing_changes(tmp_path):
    pages = {"index.md": "# A\n", "articles/2023/09/x.md": "# X\n"}
    first = write_pages(tmp_path, pages)
    assert sorted(first.written) == sorted(pages)
    mtime = (tmp_path / "index.md").stat().st_mtime_ns
    second = write_pages(tmp_path, pages)
    assert second.written == [] and sorted(second.unchanged) == sorted(pages)
    assert (tmp_path / "index.md").stat().st_mtime_ns == mtime
    assert json.loads((tmp_path / MANIFEST_NAME).read_text())["files"] == sorted(pages)


def test_only_changed_pages_are_rewritten(tmp_path):
    write_pages(tmp_path, {"a.md": "A\n", "b.md": "B\n"})
    mtime = (tmp_path / "a.md").stat().st_mtime_ns
    report = write_pages(tmp_path, {"a.md": "A\n", "b.md": "B2\n"})
    assert report.written == ["b.md"] and report.unchanged == ["a.md"]
    assert (tmp_path / "a.md").stat().st_mtime_ns == mtime
    assert (tmp_path / "b.md").read_text() == "B2\n"


def test_stale_generated_pages_and_their_empty_folders_are_removed(tmp_path):
    write_pages(tmp_path, {"index.md": "i\n", "articles/2023/09/x.md": "x\n"})
    report = write_pages(tmp_path, {"index.md": "i\n"})
    assert report.removed == ["articles/2023/09/x.md"]
    assert not (tmp_path / "articles").exists()


def test_files_not_written_by_the_generator_are_never_touched(tmp_path):
    (tmp_path / "about.md").write_text("mine\n")
    (tmp_path / "index.md").write_text("my own home\n")
    report = write_pages(tmp_path, {"index.md": "generated\n"})
    assert report.conflicts == ["index.md"]
    assert (tmp_path / "index.md").read_text() == "my own home\n"
    write_pages(tmp_path, {})
    assert (tmp_path / "about.md").read_text() == "mine\n"
    assert (tmp_path / "index.md").read_text() == "my own home\n"


def test_no_staging_or_temporary_files_are_left_behind(tmp_path):
    write_pages(tmp_path, {"a/b.md": "x\n"})
    leftovers = [p.name for p in tmp_path.rglob(".arsip-*") if p.name != MANIFEST_NAME]
    assert leftovers == []


def test_paths_outside_the_docs_folder_are_refused(tmp_path):
    import pytest

    with pytest.raises(ValueError):
        write_pages(tmp_path / "docs", {"../evil.md": "x"})
    assert not (tmp_path / "evil.md").exists()
