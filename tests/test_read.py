"""Read stage: decoding, normalisation, and clear reasons for every file that cannot be used."""

import os

import pytest

from generator.read import decode, normalise_text, read_corpus


def write(folder, name, data: bytes):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_line_ends_bom_and_invisible_characters_are_normalised():
    text = "\ufeffJudul\r\nKim\u00a0Jong\u00adUn\u200b tiba\rdi Moskow  \r\n"
    assert normalise_text(decode(text.encode("utf-8"))[0]) == "Judul\nKim JongUn tiba\ndi Moskow\n"


def test_nfc_normalisation_merges_combining_accents():
    assert normalise_text("Jose\u0301") == "Jos\u00e9\n"


def test_utf8_with_bom_is_read_without_the_bom(tmp_path):
    write(tmp_path, "a.txt", "\ufeffJudul berita\n\nIsi.".encode("utf-8"))
    result = read_corpus(tmp_path)
    assert result.documents[0].text == "Judul berita\n\nIsi.\n"
    assert result.problems == []


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"  \n\t\r\n \xc2\xa0\n", "contains only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    (b"Judul \x81\x8d\x8f\x90\x9d rusak", "not valid UTF-8"),
])
def test_unusable_files_are_skipped_with_their_name_and_reason(tmp_path, data, reason):
    write(tmp_path, "bad.txt", data)
    write(tmp_path, "good.txt", "Judul yang baik sekali\n\nIsi artikel.".encode("utf-8"))
    result = read_corpus(tmp_path)
    assert [d.path for d in result.documents] == ["good.txt"]
    assert [(p.path, p.fatal) for p in result.problems] == [("bad.txt", True)]
    assert reason in result.problems[0].reason
    assert result.files_seen == 2


def test_cp1252_text_is_decoded_with_a_warning(tmp_path):
    write(tmp_path, "win.txt", "Caf\u00e9 \u201cdibuka\u201d \u2013 kata pemilik".encode("cp1252"))
    result = read_corpus(tmp_path)
    assert result.documents[0].text == "Caf\u00e9 \u201cdibuka\u201d \u2013 kata pemilik\n"
    assert [(p.path, p.fatal) for p in result.problems] == [("win.txt", False)]
    assert "decoded as cp1252" in result.problems[0].reason


def test_non_txt_files_are_reported_not_read(tmp_path):
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    result = read_corpus(tmp_path)
    assert result.documents == []
    assert result.problems[0].path == "notes.pdf" and "not an input Arsip reads" in result.problems[0].reason


def test_symlink_outside_the_seeds_folder_is_not_followed(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    secret = write(tmp_path, "secret.txt", b"Rahasia di luar folder seeds\n\nIsi.")
    os.symlink(secret, seeds / "link.txt")
    result = read_corpus(seeds)
    assert result.documents == []
    assert "outside the seeds folder" in result.problems[0].reason


def test_subfolders_are_read_in_a_stable_order_with_posix_names(tmp_path):
    for name in ("b/2.txt", "a/1.txt", "0.txt"):
        write(tmp_path, name, f"Judul artikel nomor {name}\n\nIsi.".encode())
    assert [d.path for d in read_corpus(tmp_path).documents] == ["0.txt", "a/1.txt", "b/2.txt"]


def test_same_text_gives_same_hash_whatever_the_line_ends(tmp_path):
    write(tmp_path, "unix.txt", b"Judul artikel\n\nIsi.\n")
    write(tmp_path, "dos.txt", b"Judul artikel\r\n\r\nIsi.\r\n")
    first, second = read_corpus(tmp_path).documents
    assert first.content_hash == second.content_hash


def test_missing_seeds_folder_is_reported(tmp_path):
    result = read_corpus(tmp_path / "nowhere")
    assert result.documents == [] and "does not exist" in result.problems[0].reason
