"""How exported workbooks land on disk: where the person asked, readable as any file they
make, never half-written."""

import os

import pytest
from openpyxl import Workbook

from workbench.errors import UserError
from workbench.export.sheets import make_folder_for, save_atomically


@pytest.fixture(params=[0o022, 0o002, 0o077], ids=["umask-022", "umask-002", "umask-077"])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


@pytest.mark.skipif(os.name == "nt", reason="Windows files have no permission bits")
def test_an_export_gets_the_mode_a_new_file_would(tmp_path, umask):
    plain = tmp_path / "plain.txt"
    plain.write_text("a file made the usual way")
    save_atomically(Workbook(), tmp_path / "复盘.xlsx")
    assert (tmp_path / "复盘.xlsx").stat().st_mode & 0o777 == 0o666 & ~umask == plain.stat().st_mode & 0o777


def test_a_missing_folder_is_made(tmp_path):
    path = tmp_path / "月度复盘" / "2026" / "复盘.xlsx"
    make_folder_for(path)
    save_atomically(Workbook(), path)
    assert path.is_file() and sorted(path.parent.iterdir()) == [path]  # no temporary left beside it


def test_a_folder_that_cannot_be_made_is_explained(tmp_path):
    (tmp_path / "报表").write_text("a file where the folder would go")
    with pytest.raises(UserError, match="无法创建文件夹"):
        make_folder_for(tmp_path / "报表" / "复盘.xlsx")
