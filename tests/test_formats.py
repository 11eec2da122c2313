"""Inputs besides text files (generator/formats.py through the read stage): scraper exports, saved web pages and
WARC captures, written by the tests from sentences written for them; the articles they yield go through the
same clean → extract stages as a text seed's."""

import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from generator.editorial import load_editorial
from generator.formats import InputOptions, parse_record_date
from generator.pipeline import analyse
from generator.read import read_corpus

BODY = ("BEKASI - Hujan deras sejak Minggu malam membuat tiga kecamatan di Kabupaten Bekasi terendam banjir "
        "setinggi pinggang orang dewasa pada Senin pagi.\n"
        "“Air mulai naik pukul dua dini hari dan belum surut sampai sekarang,” kata Kepala Pelaksana BPBD "
        "Kabupaten Bekasi Dodi Suryana kepada wartawan.\n"
        "Petugas gabungan mengevakuasi sekitar 400 warga ke masjid dan balai desa terdekat dengan perahu karet.\n"
        "Baca juga: Jalan Tol Cikampek Macet Akibat Genangan\n"
        "Dinas Sosial membuka dapur umum di dua titik pengungsian dan membagikan selimut kepada warga lanjut usia.")
OTHER_BODY = ("SURABAYA - Pemerintah kota membuka pendaftaran beasiswa untuk 2.000 mahasiswa dari keluarga kurang "
              "mampu mulai pekan depan hingga akhir bulan.\n"
              "“Syaratnya cukup kartu keluarga dan surat keterangan dari kelurahan,” ujar Kepala Dinas Pendidikan "
              "Yusuf Masruh di Balai Kota.")


def articles_of(folder, inputs=None):
    read = read_corpus(folder, inputs)
    unique, duplicates, _ = analyse(read.documents, load_editorial(), workers=1)
    return read, {a.source_path: a for a in unique}, duplicates


def write_csv(path, rows, header=("judul", "tautan", "tanggal", "isi_berita")):
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def test_a_csv_export_with_indonesian_columns_is_one_article_per_row(tmp_path):
    write_csv(tmp_path / "berita.csv", [
        ("Banjir Rendam Tiga Kecamatan di Bekasi", "https://news.detik.com/berita/d-1/banjir?utm_source=wa",
         "10/21/2025 20:43", BODY),
        ("Surabaya Buka Beasiswa untuk 2.000 Mahasiswa", "https://warta.example.id/beasiswa", "10/22/2025 08:05",
         OTHER_BODY),
    ])
    read, articles, _ = articles_of(tmp_path, InputOptions.from_config(None, "MDY"))
    assert read.files_seen == 2 and not read.problems
    flood = articles["berita.csv#000002"]
    assert flood.title == "Banjir Rendam Tiga Kecamatan di Bekasi"
    assert flood.published.isoformat() == "2025-10-21T20:43:00+07:00" and flood.date_source == "record"
    assert flood.source_url == "https://news.detik.com/berita/d-1/banjir?utm_source=wa"
    assert flood.outlet == "detikcom"  # news.detik.com is detik.com's, in outlets.yml
    assert flood.origin == "berita.csv, baris 2"
    assert not any("Baca juga" in p for p in flood.paragraphs)  # the export's promos go as a text seed's do
    assert flood.paragraphs[0].startswith("Hujan deras") and flood.dateline.upper() == "BEKASI"
    assert articles["berita.csv#000003"].outlet == "warta.example.id"  # a domain outlets.yml does not know


def test_the_date_order_is_an_option_never_guessed_per_row(tmp_path):
    write_csv(tmp_path / "berita.csv", [("Banjir Rendam Tiga Kecamatan di Bekasi", "", "10/21/2025 20:43", BODY),
                                        ("Surabaya Buka Beasiswa", "", "03/04/2025", OTHER_BODY)])
    read, articles, _ = articles_of(tmp_path)  # DMY by default: 10/21 is no date in that order
    (warning,) = read.warnings
    assert warning.path == "berita.csv#000002" and "berita.csv, baris 2" in warning.reason
    assert "date_order" in warning.reason
    assert articles["berita.csv#000002"].date_source != "record"  # the row still builds, dated from its text
    assert articles["berita.csv#000003"].published.isoformat() == "2025-04-03"  # 3 April in DMY, not 4 March
    assert parse_record_date("03/04/2025", "MDY") == ("2025-03-04", None)
    assert parse_record_date("2025-10-21T20:43:00+07:00", "DMY") == ("2025-10-21T20:43:00+07:00", None)
    assert parse_record_date("Selasa, 21 Oktober 2025 20:43 WIB", "DMY")[0].startswith("2025-10-21T20:43")


def test_bad_rows_are_reported_with_file_row_and_reason_and_the_others_build(tmp_path):
    write_csv(tmp_path / "berita.csv", [("Banjir Rendam Tiga Kecamatan di Bekasi", "", "", BODY),
                                        ("Baris tanpa isi", "https://warta.example.id/kosong", "", ""),
                                        ("Terlalu", "banyak", "sel", "di", "baris ini"),
                                        ("Surabaya Buka Beasiswa", "", "", OTHER_BODY)])
    (tmp_path / "ekspor.jsonl").write_text(
        json.dumps({"title": "Surabaya Buka Beasiswa untuk Mahasiswa", "text": OTHER_BODY.replace("2.000", "3.000")})
        + "\n"
        "[1, 2, 3]\n"
        "{\"title\": \"Terpotong\", \n", encoding="utf-8")
    read, articles, _ = articles_of(tmp_path)
    reasons = {p.path: p.reason for p in read.skipped}
    assert "berita.csv, baris 3: no article text" in reasons["berita.csv#000003"]
    assert "berita.csv, baris 4: 5 cells where the header has 4" in reasons["berita.csv#000004"]
    assert "ekspor.jsonl, baris 2: a JSON list, not an object" in reasons["ekspor.jsonl#000002"]
    assert "ekspor.jsonl, baris 3: not valid JSON" in reasons["ekspor.jsonl#000003"]
    assert set(articles) == {"berita.csv#000002", "berita.csv#000005", "ekspor.jsonl#000001"}
    assert read.files_seen == len(read.documents) + len(read.skipped) == 7


def test_a_json_array_of_trafilatura_records_and_a_field_mapping(tmp_path):
    (tmp_path / "trafilatura.json").write_text(json.dumps([
        {"title": "Banjir Rendam Tiga Kecamatan di Bekasi", "author": "Rina Wulandari", "hostname": "warta.example.id",
         "date": "2025-02-03", "source": "https://warta.example.id/banjir", "text": BODY},
    ]), encoding="utf-8")
    write_csv(tmp_path / "sendiri.csv", [("Surabaya Buka Beasiswa", "https://warta.example.id/b", OTHER_BODY)],
              header=("kepala", "alamat", "teks"))
    inputs = InputOptions.from_config({"title": "kepala", "url": ["alamat"], "body": "teks"}, "DMY")
    read, articles, _ = articles_of(tmp_path, inputs)
    flood = articles["trafilatura.json#000001"]
    assert (flood.author, flood.source_url, flood.outlet) == ("Rina Wulandari", "https://warta.example.id/banjir",
                                                              "warta.example.id")
    assert flood.published.isoformat() == "2025-02-03"
    assert articles["sendiri.csv#000002"].title == "Surabaya Buka Beasiswa"
    with pytest.raises(ValueError, match="unknown field"):
        InputOptions.from_config({"isi": "teks"}, "DMY")


PAGE = """<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Banjir Rendam Tiga Kecamatan di Bekasi - Warta Contoh</title>
<link rel="canonical" href="https://warta.example.id/berita/banjir-bekasi">
<meta property="og:site_name" content="Warta Contoh">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Banjir Rendam Tiga Kecamatan di Bekasi", "datePublished": "2025-02-03T08:15:00+07:00",
 "author": {"@type": "Person", "name": "Rina Wulandari"},
 "publisher": {"@type": "Organization", "name": "Warta Contoh"}}</script>
</head><body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li><li><a href="/ekonomi">Ekonomi</a>
</li><li><a href="/olahraga">Olahraga</a></li></ul></nav>
<article><h1>Banjir Rendam Tiga Kecamatan di Bekasi</h1>
<div class="share"><a href="#">Bagikan ke Facebook</a> <a href="#">Bagikan ke X</a></div>
<p>BEKASI - Hujan deras sejak Minggu malam membuat tiga kecamatan di Kabupaten Bekasi terendam banjir setinggi
pinggang orang dewasa pada Senin pagi.</p>
<p>“Air mulai naik pukul dua dini hari dan belum surut sampai sekarang,” kata Kepala Pelaksana BPBD Kabupaten Bekasi
Dodi Suryana kepada wartawan.</p>
<p>Petugas gabungan mengevakuasi sekitar 400 warga ke masjid dan balai desa terdekat dengan perahu karet.</p>
</article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/a">Jalan Tol Cikampek Macet Akibat Genangan</a></li>
<li><a href="/b">Harga Cabai Naik Jelang Ramadan</a></li></ul></aside>
<section id="comments"><h3>Komentar</h3><form><textarea>Tulis komentar Anda</textarea><button>Kirim</button></form>
</section>
<footer>Copyright 2025 Warta Contoh. Semua hak dilindungi.</footer>
</body></html>"""

CHROME = ("Beranda", "Bagikan", "Berita Terkait", "Harga Cabai", "Komentar", "Tulis komentar", "Copyright")


def test_a_saved_web_page_gives_its_text_and_metadata_without_its_chrome(tmp_path):
    (tmp_path / "banjir.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "kosong.htm").write_text("<html><body><nav>Beranda Nasional</nav></body></html>", encoding="utf-8")
    read, articles, _ = articles_of(tmp_path)
    page = articles["banjir.html"]
    assert page.title == "Banjir Rendam Tiga Kecamatan di Bekasi"
    assert page.published.isoformat() == "2025-02-03T08:15:00+07:00"
    assert (page.author, page.outlet) == ("Rina Wulandari", "Warta Contoh")
    assert page.source_url == "https://warta.example.id/berita/banjir-bekasi"
    assert len(page.paragraphs) == 3 and page.paragraphs[0].startswith("Hujan deras")
    text = "\n".join(page.paragraphs)
    assert not any(chrome in text for chrome in CHROME)
    (skipped,) = read.skipped
    assert skipped.path == "kosong.htm" and "no article text" in skipped.reason


def _warc(path, records, gzipped=True):
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        for uri, status, kind, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode("utf-8")),
                                               http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2025-02-04T01:02:03Z"})
            writer.write_record(record)
        writer.write_record(writer.create_warc_record("https://warta.example.id/robots.txt", "request",
                                                      payload=io.BytesIO(b"GET /robots.txt HTTP/1.1\r\n\r\n")))


def test_a_warc_capture_gives_each_html_page_with_its_address_and_capture_time(tmp_path):
    _warc(tmp_path / "crawl.warc.gz", [
        ("https://warta.example.id/berita/banjir-bekasi?utm_source=x", "200 OK", "text/html; charset=utf-8", PAGE),
        ("https://warta.example.id/hilang", "404 Not Found", "text/html", "<html>Tidak ditemukan</html>"),
        ("https://warta.example.id/logo.png", "200 OK", "image/png", "PNG"),
    ])
    read, articles, _ = articles_of(tmp_path)
    (page,) = articles.values()
    assert page.source_path == "crawl.warc.gz#000001" and page.origin == "crawl.warc.gz, record 1"
    assert page.captured.isoformat() == "2025-02-04T01:02:03+00:00"
    assert page.source_url == "https://warta.example.id/berita/banjir-bekasi"  # the page's canonical address
    assert page.title == "Banjir Rendam Tiga Kecamatan di Bekasi"
    (note,) = read.warnings
    assert "3 records that are not HTML pages with status 200" in note.reason and not read.skipped


def test_a_truncated_warc_reports_where_it_breaks_and_keeps_what_came_before(tmp_path):
    _warc(tmp_path / "utuh.warc", [("https://warta.example.id/a", "200 OK", "text/html", PAGE),
                                   ("https://warta.example.id/b", "200 OK", "text/html", PAGE.replace("Bekasi", "Karawang"))],
          gzipped=False)
    data = (tmp_path / "utuh.warc").read_bytes()
    (tmp_path / "utuh.warc").unlink()
    first_end = data.index(b"WARC/1.0", 10)
    (tmp_path / "putus.warc.gz").write_bytes(gzip.compress(data[:first_end]) + gzip.compress(data[first_end:])[:300])
    read, articles, _ = articles_of(tmp_path)
    assert list(articles) == ["putus.warc.gz#000001"]
    (broken,) = read.skipped
    assert broken.path == "putus.warc.gz#000002" and "putus.warc.gz, record 2" in broken.reason


def test_the_same_article_under_the_same_address_is_one_page(tmp_path):
    write_csv(tmp_path / "berita.csv", [
        ("Banjir Rendam Tiga Kecamatan di Bekasi", "https://warta.example.id/banjir", "", BODY),
        ("Banjir Rendam Tiga Kecamatan di Bekasi (diperbarui)", "http://www.warta.example.id/banjir?utm_source=fb",
         "", BODY.replace("400 warga", "450 warga")),
    ])
    _, articles, duplicates = articles_of(tmp_path)
    assert list(articles) == ["berita.csv#000002"]
    (duplicate,) = duplicates
    assert duplicate.path == "berita.csv#000003" and "berita.csv, baris 2 (the same address)" in duplicate.reason


def test_explain_shows_one_record_of_an_export(tmp_path):
    from conftest import arsip, make_project

    project = make_project(tmp_path / "project")
    write_csv(project / "seeds" / "berita.csv", [("Banjir Rendam Tiga Kecamatan di Bekasi", "", "", BODY)])
    shown = arsip("explain", "seeds/berita.csv#2", cwd=project).stdout
    assert "- headline" in shown and "Banjir Rendam Tiga Kecamatan di Bekasi" in shown
    assert "Baca juga: Jalan Tol Cikampek" in shown and "keep" in shown
    missing = arsip("explain", "seeds/berita.csv#9", cwd=project, check=False)
    assert missing.returncode != 0 and "no record 9" in missing.stderr


def test_a_json_array_is_read_item_by_item_and_a_cut_file_keeps_what_came_before(tmp_path):
    items = [{"title": f"Berita nomor {n}", "text": BODY.replace("400 warga", f"{n} warga")} for n in range(1, 4)]
    text = json.dumps(items, ensure_ascii=False, indent=1)
    (tmp_path / "potong.json").write_text(text[: text.rindex("Berita nomor 3") + 5], encoding="utf-8")
    read, articles, _ = articles_of(tmp_path)
    assert sorted(articles) == ["potong.json#000001", "potong.json#000002"]
    (broken,) = read.skipped
    assert broken.path == "potong.json#000003" and "potong.json, objek 3: not valid JSON" in broken.reason
