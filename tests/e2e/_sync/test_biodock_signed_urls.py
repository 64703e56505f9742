# Derived from tests/e2e/_async/test_biodock_signed_urls.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""Workflow 9: the signed-URL host never receives the API key.

Seen from the server: every request the mock receives is recorded; the object store's ones must carry no
credential, the API's ones must. Seen from the object store: it refuses (400) a request carrying X-API-KEY, so
the SDK's successful downloads could not have sent it.
"""

from __future__ import annotations

from pathlib import Path

from labmock import MockConfig
from labmock.services.biodock import DEMO_KEY
from labsdk.biodock import Biodock

from ..._sync.clients import serving
from ...harness import Waits


def test_signed_url_requests_carry_no_api_key(waits: Waits, tmp_path: Path) -> None:
    with serving(Biodock, "biodock", MockConfig(job_polls=1), retry=waits.policy()) as (bd, _, seen):
        job = bd.wait_for_job(bd.submit_job("pl_0002", ["fs_0010"]).id, timeout=30)
        bd.download_results(job, tmp_path / "results")
        bd.read_objects_csv(job)
        bd.read_aggregate_csv(job)
        bd.download_masks("aj_0002", tmp_path / "masks")

    signed = [s for s in seen if s.signed]
    api = [s for s in seen if not s.signed]
    assert [s.path.rsplit("/", 1)[1] for s in signed] == [
        "objects.csv",
        "aggregate.csv",
        "objects.csv",
        "aggregate.csv",
        "masks.zip",
    ]
    assert all(s.status == 200 and s.method == "GET" for s in signed)
    for request in signed:
        assert "x-api-key" not in request.headers
        assert "authorization" not in request.headers
        assert DEMO_KEY not in repr(request)
        assert set(request.query) == {"expires", "signature"}
    assert api
    assert all(s.headers.get("x-api-key") == DEMO_KEY for s in api)
