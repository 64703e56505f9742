# Derived from overlays/labsdk/sevenbridges/_async/billing.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Billing: billing groups, their analysis, storage and egress breakdowns, and invoices."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TypeVar

from labsdk_sevenbridges_client.api.billing import get_billing_group, get_invoice
from labsdk_sevenbridges_client.models import (
    AnalysisBreakdown,
    BillingGroup,
    EgressBreakdown,
    Invoice,
    StorageBreakdown,
)

from ..._sync import BaseClient, ItemPaged
from .._common import _billing_day, _id

__all__ = ["BillingApi"]

T = TypeVar("T")
Day = dt.date | str | None


class BillingApi(BaseClient):
    """The billing groups and invoices of ``SevenBridges``."""

    def list_billing_groups(self, *, page_size: int | None = None) -> ItemPaged[BillingGroup]:
        return self._paged(
            "listBillingGroups", BillingGroup, page_size=page_size, max_items=None, continuation_token=None
        )

    def get_billing_group(self, billing_group_id: str) -> BillingGroup:
        return self._call(get_billing_group.sync_detailed, uuid.UUID(billing_group_id), expect=BillingGroup)

    def list_analysis_breakdown(
        self,
        billing_group: BillingGroup | str,
        *,
        date_from: Day = None,
        date_to: Day = None,
        invoice: Invoice | str | None = None,
        page_size: int | None = None,
    ) -> ItemPaged[AnalysisBreakdown]:
        """What each analysis (task) of the group's projects cost, from ``date_from`` to ``date_to`` (``date`` or
        ``MM-DD-YYYY``), within ``invoice``'s period if given."""
        return self._breakdown(
            "listAnalysisBreakdown", AnalysisBreakdown, billing_group, date_from, date_to, invoice, page_size
        )

    def list_storage_breakdown(
        self,
        billing_group: BillingGroup | str,
        *,
        date_from: Day = None,
        date_to: Day = None,
        invoice: Invoice | str | None = None,
        page_size: int | None = None,
    ) -> ItemPaged[StorageBreakdown]:
        """What storing each of the group's projects costs."""
        return self._breakdown(
            "listStorageBreakdown", StorageBreakdown, billing_group, date_from, date_to, invoice, page_size
        )

    def list_egress_breakdown(
        self,
        billing_group: BillingGroup | str,
        *,
        date_from: Day = None,
        date_to: Day = None,
        invoice: Invoice | str | None = None,
        page_size: int | None = None,
    ) -> ItemPaged[EgressBreakdown]:
        """What downloading each project's files cost, by project and user."""
        return self._breakdown(
            "listEgressBreakdown", EgressBreakdown, billing_group, date_from, date_to, invoice, page_size
        )

    def _breakdown(
        self,
        operation_id: str,
        item_type: type[T],
        billing_group: BillingGroup | str,
        date_from: Day,
        date_to: Day,
        invoice: Invoice | str | None,
        page_size: int | None,
    ) -> ItemPaged[T]:
        return self._paged(
            operation_id,
            item_type,
            page_size=page_size,
            max_items=None,
            continuation_token=None,
            billing_group_id=uuid.UUID(_id(billing_group)),
            date_from=_billing_day(date_from),
            date_to=_billing_day(date_to),
            invoice_id=_id(invoice) if invoice is not None else None,
        )

    def list_invoices(
        self, *, billing_group: BillingGroup | str | None = None, page_size: int | None = None
    ) -> ItemPaged[Invoice]:
        group = uuid.UUID(_id(billing_group)) if billing_group is not None else None
        return self._paged(
            "listInvoices",
            Invoice,
            page_size=page_size,
            max_items=None,
            continuation_token=None,
            billing_group=group,
            fields="_all",
        )

    def get_invoice(self, invoice: Invoice | str) -> Invoice:
        return self._call(get_invoice.sync_detailed, _id(invoice), expect=Invoice)
