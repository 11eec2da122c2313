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
