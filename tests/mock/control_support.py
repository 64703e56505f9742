"""Support for the control-plane tests: each API's small workflow (what changes its state, and a job to follow), the
paths named by operation id (so they follow the spec), and the control plane's client."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from labmock import MockServer

CONTROL = "/_labmock"


def url(server: MockServer, operation_id: str, **params: str | int) -> str:
    """The absolute path of an operation on the mock, its path parameters filled in."""
    return server.base_path + server.spec.operation(operation_id).path.format(**params)


def control(server: MockServer) -> httpx.Client:
    """An in-process client on the server's origin (the control plane is outside the base path)."""
    return server.client(base_url="http://mock.labmock")


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, (response.status_code, response.text[:500])
    return response.json()


@dataclass(frozen=True)
class Workflow:
    """``change`` makes state-changing calls; ``start`` starts a job and gives its id; ``poll`` reads its status."""

    change: Callable[[MockServer, httpx.Client], None]
    start: Callable[[MockServer, httpx.Client], str] | None = None
    poll: Callable[[MockServer, httpx.Client, str], str] | None = None


# -- Biodock --------------------------------------------------------------------------------------------------------


def _biodock_start(server: MockServer, api: httpx.Client) -> str:
    body = {"pipelineId": "pl_0001", "filesystemIds": ["fs_0001"]}
    return str(ok(api.post(url(server, "submitAnalysisJob"), json=body))["id"])


def _biodock_poll(server: MockServer, api: httpx.Client, job_id: str) -> str:
    return str(ok(api.get(url(server, "getAnalysisJob", id=job_id)))["status"])


def _biodock_change(server: MockServer, api: httpx.Client) -> None:
    _biodock_poll(server, api, _biodock_start(server, api))
    ok(api.post(url(server, "submitDownloadMasks", id="aj_0003")))


# -- Sphinx ---------------------------------------------------------------------------------------------------------


def _sphinx_start(server: MockServer, api: httpx.Client) -> str:
    return str(ok(api.get(url(server, "getDatatableDownload", id="dt_12345")))["taskId"])


def _sphinx_poll(server: MockServer, api: httpx.Client, task_id: str) -> str:
    return str(ok(api.get(url(server, "getTask", id=task_id)))["status"])


def _sphinx_change(server: MockServer, api: httpx.Client) -> None:
    _sphinx_poll(server, api, _sphinx_start(server, api))
    ok(api.get(url(server, "getPlotDownload", id="plot_12345")))  # puts the SVG in the object store


# -- Seven Bridges, CAVATICA ----------------------------------------------------------------------------------------

MY_PROJECT = "john_doe/my-project"
FASTQC = "john_doe/my-project/fastqc-0-11-9"


def _sb_start(server: MockServer, api: httpx.Client) -> str:
    files = ok(api.get(url(server, "listFiles"), params={"project": MY_PROJECT, "limit": 1}))["items"]
    body = {"project": MY_PROJECT, "app": FASTQC, "inputs": {"input_fastq": {"class": "File", "path": files[0]["id"]}}}
    return str(ok(api.post(url(server, "createTask"), json=body, params={"action": "run"}))["id"])


def _sb_poll(server: MockServer, api: httpx.Client, task_id: str) -> str:
    return str(ok(api.get(url(server, "getTask", task_id=task_id)))["status"])


def _sb_change(server: MockServer, api: httpx.Client) -> None:
    _sb_poll(server, api, _sb_start(server, api))
    ok(api.post(url(server, "initUpload"), json={"project": MY_PROJECT, "name": "notes.txt", "size": 12}))
    ok(api.post(url(server, "createProject"), json={"name": "Control plane"}))


# -- Ion Torrent ----------------------------------------------------------------------------------------------------

PLAN = {  # the vendor page's example plan
    "library": "hg19",
    "planName": "CONTROL_plan",
    "sample": "my_sample",
    "chipType": "520",
    "sequencekitname": "Ion S5 Sequencing Kit",
    "librarykitname": "Ion Xpress Plus Fragment Library Kit",
    "templatingKitName": "Ion 520/530 Kit-OT2",
}


def _iontorrent_change(server: MockServer, api: httpx.Client) -> None:
    ok(api.post(url(server, "createPlannedExperiment"), json=PLAN), 201)


WORKFLOWS: dict[str, Workflow] = {
    "biodock": Workflow(_biodock_change, _biodock_start, _biodock_poll),
    "sphinx": Workflow(_sphinx_change, _sphinx_start, _sphinx_poll),
    "sevenbridges": Workflow(_sb_change, _sb_start, _sb_poll),
    "cavatica": Workflow(_sb_change, _sb_start, _sb_poll),
    "iontorrent": Workflow(_iontorrent_change),
}
WITH_JOBS = sorted(name for name, w in WORKFLOWS.items() if w.start is not None)
