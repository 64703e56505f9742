"""Start-up checks: handlers match the spec's operations; validate_responses catches a bad handler."""

from __future__ import annotations

import dataclasses

import pytest

import labmock
from labmock import Call, LabmockError, MockConfig, MockResponse, MockServer, ResponseContractError
from labmock.core import json_response
from labmock.services.biodock import SERVICE, BiodockState

API = "biodock"


def test_every_operation_needs_a_handler() -> None:
    handlers = dict(SERVICE.handlers)
    del handlers["getAnalysisJob"]
    with pytest.raises(LabmockError, match="getAnalysisJob"):
        MockServer(dataclasses.replace(SERVICE, handlers=handlers))
    assert "listPipelines" not in SERVICE.handlers  # served by the resource store, which counts as handled


def test_a_handler_for_an_unknown_operation_is_refused() -> None:
    def extra(state: BiodockState, call: Call) -> MockResponse:
        return json_response({})

    with pytest.raises(LabmockError, match="deleteEverything"):
        MockServer(dataclasses.replace(SERVICE, handlers={**SERVICE.handlers, "deleteEverything": extra}))


def test_unknown_service_and_bad_knobs_are_refused() -> None:
    with pytest.raises(LabmockError, match="biodock"):
        labmock.create("nope")
    with pytest.raises(LabmockError, match="fault kinds"):
        MockConfig(faults=("418",))
    with pytest.raises(LabmockError, match="fault_rate"):
        MockConfig(fault_rate=1.5)


def test_validate_responses_rejects_a_nonconforming_body() -> None:
    def bad_check(state: BiodockState, call: Call) -> MockResponse:
        return json_response({"email": 5})  # no "user", email not a string

    def undeclared_status(state: BiodockState, call: Call) -> MockResponse:
        return json_response({"id": "x"}, status=201)

    broken = dataclasses.replace(
        SERVICE, handlers={**SERVICE.handlers, "checkApiKey": bad_check, "listPipelines": undeclared_status}
    )
    server = MockServer(broken, MockConfig(validate_responses=True))
    with server.client() as client:
        with pytest.raises(ResponseContractError, match="checkApiKey"):
            client.get("/check")
        with pytest.raises(ResponseContractError, match="does not conform"):
            client.get("/pipelines")  # 201 is not declared, so "default" (the Error schema) applies
    server.validate_responses = False
    with server.client() as client:
        assert client.get("/check").status_code == 200


def test_validate_responses_passes_on_every_normal_handler(server: MockServer) -> None:
    """A tour of every operation (success and error paths) with response validation on."""
    assert server.validate_responses
    with server.client() as client, server.client(authenticated=False) as anonymous:
        statuses = [
            client.get("/check").status_code,
            anonymous.get("/check").status_code,
            client.get("/filesystem-items", params={"folderId": "fs_0031", "limit": "3"}).status_code,
            client.get("/filesystem-items", params={"folderId": "nope"}).status_code,
            client.post(
                "/filesystem-items/upload-file", data={"fileName": "a"}, files={"upload": ("a", b"a")}
            ).status_code,
            client.get("/pipelines").status_code,
            client.get("/analysis-jobs", params={"limit": "100"}).status_code,
            client.get("/analysis-jobs", params={"startingAfter": "x"}).status_code,
            client.post("/analysis-jobs", json={"pipelineId": "pl_0001", "filesystemIds": ["fs_0001"]}).status_code,
            client.post("/analysis-jobs", json={}).status_code,
            client.get("/analysis-jobs/aj_0007").status_code,
            client.get("/analysis-jobs/aj_0046").status_code,
            client.post("/analysis-jobs/aj_0046/download-masks").status_code,
            client.post("/analysis-jobs/aj_0001/download-masks").status_code,
            client.get("/analysis-jobs/aj_0001/download-masks").status_code,
            client.get("/analysis-jobs/aj_0002/download-masks").status_code,
            client.get("/analysis-jobs/aj_0005/download-masks").status_code,
            client.delete("/check").status_code,
        ]
    assert statuses == [200, 401, 200, 404, 200, 200, 200, 404, 200, 400, 200, 200, 409, 200, 200, 200, 404, 405]
