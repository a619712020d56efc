"""The README's "From Python" and "At scale with Spark" code runs as written."""

import os
import re

import pytest

from conftest import ROOT


def blocks(section: str) -> list:
    text = (ROOT / "README.md").read_text()
    start = text.index(f"\n## {section}\n")
    end = text.find("\n## ", start + 1)
    return re.findall(r"```python\n(.*?)```", text[start:end], re.S)


@pytest.mark.parametrize("section", ["From Python", "At scale with Spark"])
def test_the_readme_python_blocks_run(section, monkeypatch, capsys, request):
    if section.startswith("At scale"):
        if os.environ.get("NEWSPRINT_REQUIRE_SPARK") != "1":
            pytest.importorskip("pyspark")
        request.getfixturevalue("spark")  # the README's getOrCreate() gets the quiet session
    found = blocks(section)
    assert found, f"no python block under {section}"
    monkeypatch.chdir(ROOT)
    for code in found:
        exec(compile(code, f"README.md: {section}", "exec"), {})
    out = capsys.readouterr().out
    assert out.strip()
    print(out)
