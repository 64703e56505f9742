"""``labspecs.conformance``: each kind of problem, at its JSON path, on a small spec written for the purpose."""

from __future__ import annotations

import json
from typing import Any

import jsonschema_rs
import pytest

import labspecs
from labspecs.conformance import Problem, ResponseContract

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "https://api.example.com/v1"}],
    "x-errors": {"schema": "Error", "message-field": "message"},
    "x-rate-limit": {"limit-header": "X-Limit", "remaining-header": "X-Remaining", "reset-header": "X-Reset"},
    "paths": {
        "/jobs": {
            "get": {
                "operationId": "listJobs",
                "x-pagination": {
                    "style": "offset",
                    "items": "items",
                    "limit-param": "limit",
                    "offset-param": "offset",
                    "default-limit": 10,
                    "max-limit": 100,
                    "total-header": "X-Total",
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "headers": {"X-Request-Id": {"required": True, "schema": {"type": "string"}}},
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/JobList"}}},
                    },
                    "default": {
                        "description": "error",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    },
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Error": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}},
            "Status": {"type": "string", "enum": ["RUNNING", "DONE"]},
            "Kind": {"type": "string", "enum": ["a", "b"]},
            "Owner": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
            "Job": {
                "type": "object",
                "required": ["id", "status"],
                "patternProperties": {"^metric_[a-z]+$": {"type": "number"}},
                "properties": {
                    "id": {"type": "string"},
                    "status": {"anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "string"}]},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "owner": {"oneOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]},
                    "tags": {"type": "object", "additionalProperties": {"type": "string"}},
                    "url": {"type": "string", "format": "uri"},
                    "count": {"type": ["integer", "null"]},
                },
            },
            "JobList": {
                "type": "object",
                "required": ["items"],
                "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Job"}}},
            },
        }
    },
}

SPEC = labspecs.parse("conformance", DOCUMENT)
HEADERS = {
    "content-type": "application/json",
    "X-Total": "1",
    "X-Request-Id": "r",
    "X-Limit": "5",
    "X-Remaining": "4",
    "X-Reset": "0",
}


def compile_schema(schema: Any) -> Any:
    return jsonschema_rs.Draft202012Validator(
        {**SPEC.resolve(schema), "components": DOCUMENT["components"]}, validate_formats=True
    )


CONTRACT = ResponseContract(SPEC, SPEC.operation("listJobs"), compile_schema)


def check(body: Any, status: int = 200, without: str = "") -> set[tuple[str, str, bool]]:
    sent = {k: v for k, v in HEADERS.items() if k != without}
    return {(p.kind, p.path, p.breaking) for p in CONTRACT.check(status, sent, json.dumps(body).encode())}


def job(**fields: Any) -> dict[str, Any]:
    return {"id": "j1", "status": "RUNNING", **fields}


def test_a_conforming_response_has_no_problem() -> None:
    body = {
        "items": [
            job(owner=None, tags={"x": "y"}, metric_q=0.5, count=None, url="https://e.x/1", kind="a"),
            job(owner={"name": "n"}, count=3),
        ]
    }
    assert check(body) == set()


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (job(status="PAUSED"), ("new-enum-value", "$.items[*].status", False)),
        (job(status=3), ("wrong-type", "$.items[*].status", True)),
        (job(kind="c"), ("invalid-value", "$.items[*].kind", True)),
        ({"status": "DONE"}, ("missing-field", "$.items[*].id", True)),
        (job(extra=1), ("new-field", "$.items[*].extra", False)),
        (job(metric_q="high"), ("wrong-type", "$.items[*].metric_q", True)),
        (job(owner={}), ("missing-field", "$.items[*].owner.name", True)),
        (job(tags={"x": 1}), ("wrong-type", "$.items[*].tags.*", True)),
        (job(count=1.5), ("wrong-type", "$.items[*].count", True)),
        (job(url="not a uri"), ("invalid-value", "$.items[*].url", True)),  # a keyword the walk leaves to jsonschema
    ],
)
def test_each_kind_at_its_path(item: dict[str, Any], expected: tuple[str, str, bool]) -> None:
    assert check({"items": [job(), item]}) == {expected}


def test_a_new_field_inside_an_object_is_located_and_counted() -> None:
    problems = CONTRACT.check(200, HEADERS, json.dumps({"items": [job(new=1), job(), job(new=2)]}).encode())
    assert [(p.kind, p.where, p.value) for p in problems] == [
        ("new-field", "$.items[0].new", 1),
        ("new-field", "$.items[2].new", 2),
    ]


def test_statuses_headers_content_types_and_bodies() -> None:
    assert check({"items": []}, status=201) == {("undeclared-status", "status", True)}  # default is for errors
    assert check({"message": "no"}, status=503) == set()
    assert check({"nope": 1}, status=404) == {("missing-field", "$.message", True), ("new-field", "$.nope", False)}
    assert check({"items": []}, without="X-Total") == {("missing-header", "header X-Total", True)}
    assert check({"items": []}, without="X-Request-Id") == {("missing-header", "header X-Request-Id", True)}
    assert check({"message": "m"}, status=500, without="X-Remaining") == {
        ("missing-header", "header X-Remaining", True)  # the rate-limit headers are on every response
    }
    html = CONTRACT.check(200, {**HEADERS, "content-type": "text/html"}, b"<html>")
    assert [(p.kind, p.message) for p in html] == [("wrong-content-type", "text/html, declared application/json")]
    truncated = CONTRACT.check(200, HEADERS, b'{"items": [')
    assert [p.kind for p in truncated] == ["invalid-json"]
    assert [p.message for p in CONTRACT.check(200, HEADERS, b"")] == ["the body is empty"]
    assert CONTRACT.check(200, HEADERS, b"", head=True) == []


def test_a_problem_never_quotes_a_long_value_whole() -> None:
    (problem,) = CONTRACT.check(200, HEADERS, json.dumps({"items": [job(extra="x" * 500)]}).encode())
    assert isinstance(problem, Problem)
    assert isinstance(problem.value, str)
    assert len(problem.value) <= 81
    (nested,) = CONTRACT.check(200, HEADERS, json.dumps({"items": [job(extra={"secret": "s"})]}).encode())
    assert nested.value == "<object>"
