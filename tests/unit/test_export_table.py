"""export_table and save_chart: the window's tables and charts written safely, or refused."""

from __future__ import annotations

import pytest

from testlab.errors import InvalidInput
from testlab.services.analysis import export_table, save_chart


def test_table_written_with_bom_and_formulas_neutralised(tmp_path):
    out = tmp_path / "t.csv"
    assert export_table(out, ["Figure", "Value"], [["NPS", "-10 [-31, +13]"],
                                                   ["=HYPERLINK(x)", "Łódź"]]) == 2
    text = out.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    assert text.decode("utf-8-sig").splitlines() == [
        "Figure,Value", "NPS,\"'-10 [-31, +13]\"", "'=HYPERLINK(x),Łódź"]


def test_a_missing_folder_or_a_folder_name_writes_nothing(tmp_path):
    with pytest.raises(InvalidInput, match="does not exist"):
        export_table(tmp_path / "no" / "t.csv", ["a"], [["1"]])
    with pytest.raises(InvalidInput, match="is a folder"):
        export_table(tmp_path, ["a"], [["1"]])
    assert list(tmp_path.iterdir()) == []


def test_chart_suffix_decides_the_format(tmp_path):
    from matplotlib.figure import Figure

    figure = Figure()
    figure.add_subplot().plot([1, 2], [3, 4])
    assert save_chart(figure, tmp_path / "c.PNG").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in save_chart(figure, tmp_path / "c.svg").read_bytes()[:400]
    with pytest.raises(InvalidInput, match=".png or .svg"):
        save_chart(figure, tmp_path / "c.pdf")
