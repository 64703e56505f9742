# Derived from overlays/labsdk/iontorrent/_async.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""The Ion Torrent Suite (Torrent Server) client (``labsdk.iontorrent``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar, Unpack

import httpx

from labsdk_iontorrent_client.api.meta import list_resources
from labsdk_iontorrent_client.api.plannedexperiment import (
    create_planned_experiment,
    delete_planned_experiment,
    patch_planned_experiment,
    update_planned_experiment,
)
from labsdk_iontorrent_client.models import (
    Chip,
    CompositeExperiment,
    CompositeResult,
    Experiment,
    LibMetrics,
    PlannedExperiment,
    PlannedExperimentCreate,
    PlannedExperimentPatch,
    ResourceEndpoints,
    ResourceIndex,
    ResourceSchema,
    Result,
)

from .._base import ClientOptions, DetailedResponse
from .._errors import BadRequestError
from .._sync import BaseClient, ItemPaged
from ._common import (
    BarcodedRunInputs,
    ChipFilters,
    CompositeExperimentFilters,
    CompositeResultFilters,
    CredentialForm,
    ExperimentFilters,
    LibMetricsFilters,
    PlanFilters,
    ResultFilters,
    RunInputs,
    _plan_error,
    _Torrent,
    _uris,
    credential_inputs,
    plan,
)

__all__ = ["IonTorrent"]

T = TypeVar("T")


class IonTorrent(_Torrent, BaseClient):
    """Ion Torrent Suite REST API. ``api_key="user:key", base_url="http://<host>/rundb/api/v1"``; ``transport=``
    replaces the network altogether (e.g. a labmock server's). Every ``list_*`` takes :class:`ListOptions` and its
    resource's filters, and returns an :class:`~labsdk.ItemPaged`.

    The credential travels in any of the three forms Torrent Suite accepts, ``credential_form=``: ``"apikey"``
    (``Authorization: ApiKey user:key``, the default), ``"basic"`` (HTTP Basic) or ``"query"``
    (``?username=&api_key=`` on each request to the server, never to another host). An ``Authorization`` header in
    ``headers=`` is the credential (sent as given, never replaced), and ``base_url="http://ts/rundb/api/v1?username=u&
    api_key=k"`` is taken apart: the credential leaves the URL (never in logs, reprs or errors) and goes in the query
    form."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        credential_form: CredentialForm | None = None,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        key, url, headers, self._form = credential_inputs(api_key, base_url, options.get("headers"), credential_form)
        if headers is not None:
            options["headers"] = headers
        super().__init__(key, base_url=url, transport=transport, **options)

    def _list(self, operation_id: str, model: type[T], query: Mapping[str, Any]) -> ItemPaged[T]:
        return self._paged(operation_id, model, **self._list_args(operation_id, query))

    def _get(self, operation_id: str, model: type[T], pk: int) -> T:
        return self._call(self._binding.op(operation_id).sync_detailed, pk, expect=model)

    def _plan_call(self, fn: Callable[..., DetailedResponse], /, *args: object, **kwargs: object) -> PlannedExperiment:
        try:
            return self._call(fn, *args, expect=PlannedExperiment, **kwargs)
        except BadRequestError as exc:
            raise _plan_error(exc) from None

    def resources(self) -> dict[str, ResourceEndpoints]:
        """The server's resources: name → list endpoint and schema URL (``GET /rundb/api/v1/``)."""
        return self._call(list_resources.sync_detailed, expect=ResourceIndex).additional_properties

    def schema(self, resource: str) -> ResourceSchema:
        """A resource's fields, filters and orderings (``GET /rundb/api/v1/<resource>/schema/``)."""
        op = self._binding.op(self._schema_operation(resource))
        return self._call(op.sync_detailed, expect=ResourceSchema)

    def follow(self, uri: str, expect: type[T]) -> T:
        """The object a resource URI points at, which must be an ``expect`` (``report.libmetrics[0]`` →
        :class:`LibMetrics`). Relative URIs are the server's; an absolute one must be on this client's server."""
        operation_id, pk = self._target(uri, expect)
        return self._get(operation_id, expect, pk)

    def list_chips(self, **query: Unpack[ChipFilters]) -> ItemPaged[Chip]:
        return self._list("listChips", Chip, query)

    def get_chip(self, chip_id: int) -> Chip:
        return self._get("getChip", Chip, chip_id)

    def list_composite_experiments(self, **query: Unpack[CompositeExperimentFilters]) -> ItemPaged[CompositeExperiment]:
        """Completed runs with their reports (newest result first), as the Data page shows them."""
        return self._list("listCompositeExperiments", CompositeExperiment, query)

    def get_composite_experiment(self, run_id: int) -> CompositeExperiment:
        return self._get("getCompositeExperiment", CompositeExperiment, run_id)

    def list_composite_results(self, **query: Unpack[CompositeResultFilters]) -> ItemPaged[CompositeResult]:
        return self._list("listCompositeResults", CompositeResult, query)

    def get_composite_result(self, result_id: int) -> CompositeResult:
        return self._get("getCompositeResult", CompositeResult, result_id)

    def list_results(self, **query: Unpack[ResultFilters]) -> ItemPaged[Result]:
        return self._list("listResults", Result, query)

    def get_result(self, result_id: int) -> Result:
        """A report, with its plugin states (:func:`plugin_states`)."""
        return self._get("getResult", Result, result_id)

    def list_libmetrics(self, **query: Unpack[LibMetricsFilters]) -> ItemPaged[LibMetrics]:
        return self._list("listLibMetrics", LibMetrics, query)

    def get_libmetrics(self, libmetrics_id: int) -> LibMetrics:
        return self._get("getLibMetrics", LibMetrics, libmetrics_id)

    def libmetrics_of(self, report: Result) -> list[LibMetrics]:
        """A report's library metrics, following its ``libmetrics`` URIs."""
        return [self.follow(uri, LibMetrics) for uri in _uris(report.libmetrics)]

    def list_experiments(self, **query: Unpack[ExperimentFilters]) -> ItemPaged[Experiment]:
        return self._list("listExperiments", Experiment, query)

    def get_experiment(self, run_id: int) -> Experiment:
        return self._get("getExperiment", Experiment, run_id)

    def list_plans(self, **query: Unpack[PlanFilters]) -> ItemPaged[PlannedExperiment]:
        return self._list("listPlannedExperiments", PlannedExperiment, query)

    def get_plan(self, plan_id: int) -> PlannedExperiment:
        return self._get("getPlannedExperiment", PlannedExperiment, plan_id)

    def create_plan(self, body: PlannedExperimentCreate) -> PlannedExperiment:
        """Plan a run (201); :class:`PlanValidationError` lists what the server refused, field by field."""
        return self._plan_call(create_planned_experiment.sync_detailed, body=body)

    def plan_run(self, plan_name: str, **inputs: Unpack[RunInputs]) -> PlannedExperiment:
        """Plan a non-barcoded run of one ``sample``."""
        return self.create_plan(plan(plan_name, **inputs))

    def plan_barcoded_run(self, plan_name: str, **inputs: Unpack[BarcodedRunInputs]) -> PlannedExperiment:
        """Plan a barcoded run: ``samples`` maps each sample to its barcodes and what each holds,
        ``{"demo sample 1": {"IonXpress_003": BarcodeSampleInfo(nucleotide_type="DNA", reference="hg19")}}``."""
        return self.create_plan(plan(plan_name, **inputs))

    def update_plan(self, plan_id: int, body: PlannedExperimentCreate) -> PlannedExperiment:
        """Replace a plan (PUT; the server creates it when no plan has this id)."""
        return self._plan_call(update_planned_experiment.sync_detailed, plan_id, body=body)

    def patch_plan(self, plan_id: int, changes: PlannedExperimentPatch) -> PlannedExperiment:
        """Change some fields of a plan (PATCH)."""
        return self._plan_call(patch_planned_experiment.sync_detailed, plan_id, body=changes)

    def delete_plan(self, plan_id: int) -> None:
        """Delete a plan, and the planned run it created."""
        self._call(delete_planned_experiment.sync_detailed, plan_id, expect=type(None))
