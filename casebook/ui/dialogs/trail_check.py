"""帮助 → 校验审计日志: walk the audit trail's hash chain and say whether it is intact."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from casebook.i18n import translate
from casebook.services.admin.audit_verify import verify_trail
from casebook.store.database import Database


def show_trail_check(parent: QWidget, db: Database) -> QMessageBox:
    """Check the chain and show the verdict (a warning naming the first broken link when broken)."""
    verdict = verify_trail(db)
    icon = QMessageBox.Icon.Information if verdict.intact else QMessageBox.Icon.Warning
    box = QMessageBox(
        icon, translate("MainWindow", "Verify the audit trail"), verdict.message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("trail_check")
    box.open()
    return box
