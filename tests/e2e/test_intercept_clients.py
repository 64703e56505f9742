"""Both official clients and labsdk with their real URLs inside ``labmock.intercept``, and how interception behaves:
passthrough or refusal of other hosts, the decorator (sync and async), nesting, injected latency on async clients,
and nothing left patched afterwards."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import httpx
import pytest
import requests
import requests.adapters
import sevenbridges as sbg  # type: ignore[import-untyped]

import labmock
from labmock import Interception, LabmockError
from labmock.services.sphinx import DEMO_KEY as SPHINX_KEY
from labsdk import biodock, sevenbridges

from .sphinxbio_venv import sphinxbio_python

MY_PROJECT = "john_doe/my-project"
FASTQC = "john_doe/my-project/fastqc-0-11-9"
MIB = 2**20


# -- sevenbridges-python --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("api_name", "url"),
    [("sevenbridges", "https://api.sbgenomics.com/v2"), ("cavatica", "https://cavatica-api.sbgenomics.com/v2")],
)
def test_sevenbridges_python_with_the_real_url(api_name: str, url: str, tmp_path: Path) -> None:
    with labmock.intercept(api_name, job_polls=2) as mock:
        api = sbg.Api(url=url, token=mock.server.key)
        assert [p.id for p in api.projects.query(limit=2).all()] == [
            "john_doe/my-project",
            "john_doe/rfranklins-experiments",
            "john_doe/project1",
            "john_doe/project2",
            "john_doe/rna-seq-study",
            "john_doe/scratch",
        ]
        files = list(api.files.query(project=MY_PROJECT, limit=20).all())
        assert len(files) == 70
        target = tmp_path / "sample.fastq"
        files[19].download(str(target))  # the signed URL is on the intercepted host
        assert target.stat().st_size == files[19].size
        task = api.tasks.create(name="QC", project=MY_PROJECT, app=FASTQC, inputs={"input_fastq": files[0]}, run=True)
        task.wait(period=0)
        assert task.status == "COMPLETED"
        source = tmp_path / "reads.bin"
        source.write_bytes(os.urandom(11 * MIB))
        upload = api.files.upload(str(source), project=MY_PROJECT, part_size=5 * MIB)
        upload.wait()
        uploaded = upload.result()
        assert uploaded.size == 11 * MIB
        assert (
            hashlib.sha256(mock.state.content(mock.state.files[uploaded.id])).digest()
            == hashlib.sha256(source.read_bytes()).digest()
        )
        parts = [e for e in mock.requests(operation="_objects") if e.method == "PUT"]
        assert len(parts) == 3  # three 5 MiB parts, straight to the object store
        assert mock.requests(limit=1)[0].operation == "completeUpload"


# -- sphinxbio, in its own virtual environment ----------------------------------------------------------------------

# The official client's calls (tests/e2e/sphinxbio_runner.py) on its default environment, the vendor's own URL: a
# mix of every kind of call (reads, creates, an update, signed-URL downloads, the typed not-found error, both helpers
# with the presigned upload), answered in-process with no socket.
INTERCEPTED_CALLS = (
    "campaigns.list_campaigns",
    "campaigns.get_campaign",
    "campaigns.create_campaign",
    "campaigns.update_campaign",
    "datasets.list_datasets",
    "datasets.download_dataset",
    "plots.get_plot",
    "files.download_file",
    "entities.get_entity",
    "ObjectNotFoundError[12 methods]",
    "SphinxBio.create_dataset_from_file",
    "SphinxBio.register_dataset_schema",
)


@pytest.mark.parametrize("mode", ["basic", "bearer"])
def test_sphinxbio_in_its_own_venv_with_the_real_url(mode: str, tmp_path: Path) -> None:
    python = sphinxbio_python()
    runner = Path(__file__).with_name("sphinxbio_runner.py")
    report = tmp_path / "mock.json"
    with labmock.child_environment("sphinx", report=report, job_polls=1) as env:
        done = subprocess.run(  # noqa: S603 - the client's venv, the project's runner
            [str(python), str(runner), "production", SPHINX_KEY, mode, str(tmp_path), ",".join(INTERCEPTED_CALLS)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    calls = json.loads(done.stdout)["calls"]
    assert list(calls) == list(INTERCEPTED_CALLS)
    assert {name: text for name, text in calls.items() if text != "ok"} == {}
    recorded = json.loads(report.read_text())
    assert recorded["hosts"] == ["https://api.sphinxbio.com:443", "https://api-stg.sphinxbio.com:443"]  # not LOCAL
    requests = recorded["requests"]
    assert not [e for e in requests if e["status"] >= 500]
    operations = {e["operation"] for e in requests}
    assert {"listCampaigns", "getCampaign", "getEntity", "_objects"} <= operations  # API and signed URLs alike


# -- labsdk ---------------------------------------------------------------------------------------------------------


def test_labsdk_with_its_default_production_url() -> None:
    with labmock.intercept("biodock", job_polls=1) as mock:
        with biodock.Biodock(api_key=mock.server.key) as client:
            assert client.PRODUCTION == "https://app.biodock.ai/api/external"
            job = client.submit_job(pipeline_id="pl_0001", filesystem_ids=["fs_0002"])
            assert client.get_job(job.id).status == biodock.AnalysisJobStatus.SUCCEEDED
        assert [e.operation for e in mock.requests()] == ["getAnalysisJob", "submitAnalysisJob"]


async def test_async_labsdk_and_async_latency_does_not_block_the_loop() -> None:
    events: list[str] = []

    async def ticker() -> None:
        while True:
            events.append("tick")
            await asyncio.sleep(0.01)

    with labmock.intercept("sevenbridges") as mock:
        mock.add_fault("latency", "listProjects", seconds=0.2)
        async with sevenbridges.AsyncSevenBridges(api_key=mock.server.key) as client:
            ticking = asyncio.create_task(ticker())
            await asyncio.sleep(0)
            events.clear()
            projects = [p.id async for p in client.list_projects(max_items=1)]
            events.append("answered")
            ticking.cancel()
        assert projects == ["john_doe/my-project"]
        assert events.index("answered") >= 5  # the loop kept running while the answer was held back
        assert mock.requests(limit=1)[0].duration_ms >= 200


# -- other hosts ----------------------------------------------------------------------------------------------------


def test_other_hosts_fail_unless_passthrough() -> None:
    with labmock.running("biodock") as live:
        local = f"{live.base_url}/check"
        headers = live.server.auth_headers()
        with labmock.intercept("sevenbridges"):
            with pytest.raises(httpx.ConnectError, match=r"127\.0\.0\.1.* is not intercepted, and passthrough is off"):
                httpx.get(local + "?api_key=not-logged", headers=headers, trust_env=False)
            with pytest.raises(requests.ConnectionError, match="passthrough is off") as refused:
                requests.get(local, params={"api_key": "not-logged"}, headers=headers, timeout=5)
            assert "not-logged" not in str(refused.value)
            with pytest.raises(urllib.error.URLError, match="passthrough is off"):
                urllib.request.urlopen(urllib.request.Request(local, headers=headers), timeout=5)  # noqa: S310
        with labmock.intercept("sevenbridges", passthrough=True) as mock:
            assert httpx.get(local, headers=headers, trust_env=False).status_code == 200  # over the socket
            assert requests.get(local, headers=headers, timeout=5).status_code == 200
            with urllib.request.urlopen(urllib.request.Request(local, headers=headers), timeout=5) as answer:  # noqa: S310
                assert answer.status == 200
            assert mock.requests() == []
        assert [e.operation for e in live.server.requests()] == ["checkApiKey"] * 3


def test_nothing_stays_patched_after_the_block() -> None:
    original = requests.adapters.HTTPAdapter.send
    opener = urllib.request.HTTPSHandler.https_open
    with labmock.intercept("biodock"):
        assert requests.adapters.HTTPAdapter.send is not original
        with labmock.intercept("sevenbridges"):
            pass
        assert requests.adapters.HTTPAdapter.send is not original  # still one active
    assert requests.adapters.HTTPAdapter.send is original
    assert urllib.request.HTTPSHandler.https_open is opener
    with labmock.running("biodock") as live:
        assert (
            httpx.get(f"{live.base_url}/check", headers=live.server.auth_headers(), trust_env=False).status_code == 200
        )


def test_interceptions_nest_and_the_innermost_answers() -> None:
    with labmock.intercept("biodock") as outer, labmock.intercept("sevenbridges") as inner:
        assert requests.get(
            "https://app.biodock.ai/api/external/check", headers=outer.server.auth_headers(), timeout=10
        ).ok
        assert (
            httpx.get("https://eu-api.sbgenomics.com/v2/user", headers=inner.server.auth_headers()).status_code == 200
        )
        assert labmock.intercept.active() is inner
        assert labmock.intercept.active("biodock") is outer
        with labmock.intercept("biodock") as again:
            requests.get("https://app.biodock.ai/api/external/check", headers=outer.server.auth_headers(), timeout=10)
            assert len(again.requests()) == 1
            assert len(outer.requests()) == 1
    with pytest.raises(LabmockError, match="no active interception"):
        labmock.intercept.active()


@labmock.intercept("biodock")
def test_as_a_decorator_each_call_gets_a_fresh_mock() -> None:
    mock = labmock.intercept.active("biodock")
    response = requests.post(
        "https://app.biodock.ai/api/external/analysis-jobs",
        json={"pipelineId": "pl_0001", "filesystemIds": ["fs_0001"]},
        headers=mock.server.auth_headers(),
        timeout=10,
    )
    assert response.json()["id"] == "aj_0046"  # the first new job, whatever ran before


test_as_a_decorator_each_call_gets_a_fresh_mock_again = test_as_a_decorator_each_call_gets_a_fresh_mock


@labmock.intercept("sphinx")
async def test_as_a_decorator_of_an_async_function() -> None:
    mock: Interception = labmock.intercept.active("sphinx")
    async with httpx.AsyncClient() as client:
        answer = await client.get("https://api.sphinxbio.com/v1/campaigns", headers=mock.server.auth_headers())
    assert answer.status_code == 200
    assert mock.requests()[0].operation == "listCampaigns"


def test_a_host_has_to_be_named_when_the_spec_has_none() -> None:
    with pytest.raises(LabmockError, match=r"name yours, e.g. intercept\('iontorrent', hosts="):
        labmock.intercept("iontorrent")
    with pytest.raises(LabmockError, match="cannot intercept"):
        labmock.intercept("iontorrent", hosts="http://{host}/rundb")
    interception = labmock.intercept("iontorrent", hosts=["torrent.lab:8080", "https://ts.example.org"])
    with interception as mock:
        assert [str(h) for h in mock.hosts] == ["torrent.lab:8080", "https://ts.example.org:443"]
        assert mock.base_url == "http://torrent.lab:8080/rundb/api/v1"
        assert requests.get(
            "http://torrent.lab:8080/rundb/api/v1/chip/",
            params={"limit": 1},
            headers=mock.server.auth_headers(),
            timeout=10,
        ).ok
        with pytest.raises(requests.ConnectionError):
            requests.get("http://torrent.lab/rundb/api/v1/chip/", timeout=5)  # another port: not this host


def test_drop_and_truncate_faults_look_like_a_broken_connection() -> None:
    with labmock.intercept("biodock") as mock:
        headers = mock.server.auth_headers()
        pipelines = "https://app.biodock.ai/api/external/pipelines"
        mock.add_fault("drop", "listPipelines", times=3)
        with pytest.raises(requests.ConnectionError, match="Remote end closed connection"):
            requests.get(pipelines, headers=headers, timeout=10)
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.get(pipelines, headers=headers)
        with pytest.raises(urllib.error.URLError):
            urllib.request.urlopen(urllib.request.Request(pipelines, headers=headers))
        mock.add_fault("truncate", "listPipelines")
        with pytest.raises(requests.exceptions.ChunkedEncodingError):
            requests.get(pipelines, headers=headers, timeout=10)
        assert requests.get(pipelines, headers=headers, timeout=10).json()["count"] == 5
