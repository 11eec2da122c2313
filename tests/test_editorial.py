"""The editorial data files (generator/data/*.yml) as users edit them."""

from pathlib import Path

import pytest
import yaml

from generator import editorial

DATA = Path(editorial.__file__).parent / "data"


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yml")), ids=lambda p: p.name)
def test_every_editorial_file_reads_the_same_without_libyaml(path):
    # libyaml's loader is used when PyYAML was built with it; it accepts some plain scalars ("Is it?, next")
    # that the pure-Python loader, used on machines without libyaml, rejects
    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=editorial._YAML_LOADER)


def test_the_same_files_are_parsed_once_and_an_edit_or_a_missing_file_is_read_again(tmp_path):
    import shutil

    for path in DATA.glob("*.yml"):
        shutil.copy(path, tmp_path / path.name)
    first = editorial.load_editorial(tmp_path)
    assert editorial.load_editorial(tmp_path) is first  # the rules compiled once a process
    sections = tmp_path / "boilerplate.yml"
    sections.write_text(sections.read_text(encoding="utf-8").replace("sections: [", "sections: [Rubrik Uji, ", 1),
                        encoding="utf-8")
    edited = editorial.load_editorial(tmp_path)
    assert edited is not first and "rubrik uji" in edited.sections and edited.fingerprint != first.fingerprint
    (tmp_path / "cues.yml").unlink()
    with pytest.raises(editorial.EditorialDataError, match="cues.yml"):
        editorial.load_editorial(tmp_path)
