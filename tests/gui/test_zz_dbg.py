from tests.gui.test_journal_issue13 import *  # noqa
from tests.gui.test_journal_issue13 import REPLY_EML

def test_dbg(qtbot, services, page):
    page.capture_from_checked(check_bytes(REPLY_EML, "dossier.eml"))
    new = page.save_form()
    page.show_entry(new)
    print("DETAIL", page.detail.detail)
    print([(l.objectName(), l.text(), l.isVisibleTo(page.detail)) for l in page.detail.findChildren(QLabel)])
