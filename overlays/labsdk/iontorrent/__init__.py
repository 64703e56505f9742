"""The Ion Torrent Suite (Torrent Server) client: ``from labsdk import iontorrent``::

    with iontorrent.IonTorrent(api_key="ionadmin:<api key>", base_url="http://torrentserver/rundb/api/v1") as ts:
        for chip in ts.list_chips(name__startswith="31"):
            print(chip.name)
        report = ts.get_result(3)
        reads = ts.libmetrics_of(report)[0].total_num_reads

The credential is ``<username>:<api key>`` (sent as ``Authorization: ApiKey <username>:<api key>``, or with
``credential_form="basic"`` / ``"query"`` as HTTP Basic or ``?username=&api_key=``), defaulting to
``$IONTORRENT_API_KEY``; the server is your own (``base_url`` or ``$IONTORRENT_BASE_URL``). Lists follow
Tastypie's ``meta.next`` through the shared engine (declared ``x-pagination: next-url``), with typed
``field__op`` filters (the ones the spec declares) and ``order_by`` (``"-date"``, or several keys). ``IonTorrent``
(sync) is derived from ``AsyncIonTorrent`` (``_async.py``, the one written by hand) by ``tools/codegen/unasync.py``.
"""

from labsdk_iontorrent_client.models import (
    BarcodedSample,
    BarcodeSampleInfo,
    Chip,
    CompositeExperiment,
    CompositeResult,
    Experiment,
    LibMetrics,
    PlannedExperiment,
    PlannedExperimentCreate,
    PlannedExperimentPatch,
    ResourceEndpoints,
    ResourceSchema,
    Result,
)

from ._async import AsyncIonTorrent
from ._common import (
    FILTERS,
    LIST_OPTIONS,
    BarcodedRunInputs,
    ChipFilters,
    CompositeExperimentFilters,
    CompositeResultFilters,
    ExperimentFilters,
    LibMetricsFilters,
    ListOptions,
    PlanFilters,
    PlanValidationError,
    ResultFilters,
    RunInputs,
    plan,
    plugin_states,
)
from ._sync import IonTorrent

__all__ = [
    "FILTERS",
    "LIST_OPTIONS",
    "AsyncIonTorrent",
    "BarcodeSampleInfo",
    "BarcodedRunInputs",
    "BarcodedSample",
    "Chip",
    "ChipFilters",
    "CompositeExperiment",
    "CompositeExperimentFilters",
    "CompositeResult",
    "CompositeResultFilters",
    "Experiment",
    "ExperimentFilters",
    "IonTorrent",
    "LibMetrics",
    "LibMetricsFilters",
    "ListOptions",
    "PlanFilters",
    "PlanValidationError",
    "PlannedExperiment",
    "PlannedExperimentCreate",
    "PlannedExperimentPatch",
    "ResourceEndpoints",
    "ResourceSchema",
    "Result",
    "ResultFilters",
    "RunInputs",
    "plan",
    "plugin_states",
]
