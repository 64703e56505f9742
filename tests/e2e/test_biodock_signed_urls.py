"""Workflow 9: the signed-URL host never receives the API key.

Seen from the server: every request the mock receives is recorded; the object store's ones must carry no
credential, the API's ones must (``_async/test_biodock_signed_urls.py``, for both faces). Seen from the object store
(here): it refuses (400) a request carrying X-API-KEY, so the SDK's successful downloads could not have sent it.
"""

from __future__ import annotations

import httpx

from labmock.services.biodock import DEMO_KEY

from ..harness import serve


def test_the_object_store_refuses_a_request_that_carries_the_key() -> None:
    with serve("biodock") as (live, _):
        with httpx.Client(base_url=live.base_url, headers={"X-API-KEY": DEMO_KEY}, trust_env=False) as api:
            url = api.get("/analysis-jobs/aj_0005").json()["objectsDataCSVUrl"]
        assert url.startswith(live.origin)
        with_key = httpx.get(url, headers={"X-API-KEY": DEMO_KEY}, trust_env=False)
        assert with_key.status_code == 400
        assert with_key.headers["content-type"] == "application/xml"
        assert "<Code>InvalidArgument</Code>" in with_key.text
        without = httpx.get(url, trust_env=False)
        assert without.status_code == 200
        assert without.content.startswith(b"object_id,file_id,file_name,")
