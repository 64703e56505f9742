"""The response validator: OpenAPI 3.1 schemas compiled once into closures, with the JSON path of each problem.

Every case runs twice: the closures alone, and with jsonschema-rs's quick yes in front (when it is installed, as in
the dev venv): the verdict and the message must not depend on whether jsonschema-rs is there.
"""

from __future__ import annotations

from typing import Any

import pytest

from labsdk._validation import BodyCheck, SpecValidators, compile_schema
from labsdk._validation import _fast_validator as fast_validator
from labspecs import ApiSpec, load, parse

SCHEMAS: dict[str, Any] = {
    "Status": {"type": "string", "enum": ["PENDING", "DONE"]},
    "Item": {
        "type": "object",
        "required": ["id", "size"],
        "properties": {
            "id": {"type": "string"},
            "size": {"type": "integer"},
            "ratio": {"type": "number"},
            "flag": {"type": "boolean"},
            "note": {"type": ["string", "null"]},
            "legacy": {"type": "string", "nullable": True},
            "status": {"$ref": "#/components/schemas/Status"},
            "open": {"anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "string"}]},
            "tags": {"type": "array", "items": {"type": "string"}},
            "labels": {"type": "object", "additionalProperties": {"type": "integer"}},
            "parent": {"anyOf": [{"$ref": "#/components/schemas/Item"}, {"type": "null"}]},
            "shape": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Circle"},
                    {"$ref": "#/components/schemas/Square"},
                ],
                "discriminator": {"propertyName": "kind"},
            },
            "base": {"allOf": [{"$ref": "#/components/schemas/Status"}]},
        },
    },
    "Circle": {
        "type": "object",
        "required": ["kind", "radius"],
        "properties": {"kind": {"const": "circle"}, "radius": {"type": "number"}},
    },
    "Square": {
        "type": "object",
        "required": ["kind", "side"],
        "properties": {"kind": {"const": "square"}, "side": {"type": "number"}},
    },
    "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
    "ItemList": {
        "type": "object",
        "required": ["items"],
        "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}},
    },
}

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "x-errors": {"schema": "Error", "message-field": "message"},
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ItemList"}}},
                    },
                    "404": {
                        "description": "no",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    },
                },
            }
        }
    },
    "components": {"schemas": SCHEMAS},
}


@pytest.fixture(scope="module")
def spec() -> ApiSpec:
    return parse("validation", DOCUMENT)


@pytest.fixture(params=["closures", "with-jsonschema-rs"])
def check(request: pytest.FixtureRequest, spec: ApiSpec) -> BodyCheck:
    schema = {"$ref": "#/components/schemas/ItemList"}
    if request.param == "closures":
        return BodyCheck(compile_schema(spec, schema))
    fast = fast_validator(spec, schema)
    if fast is None:
        pytest.skip("jsonschema-rs is not installed")  # the closures' case above still runs
    return BodyCheck(compile_schema(spec, schema), fast)


def item(**fields: Any) -> dict[str, Any]:
    return {"id": "i1", "size": 3, **fields}


def page(*items: dict[str, Any]) -> dict[str, Any]:
    return {"items": list(items)}


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"ratio": 1, "flag": False, "note": None, "legacy": None, "status": "DONE"},
        {"note": "n", "legacy": "l", "tags": ["a", "b"], "labels": {"x": 1}},
        {"open": "QUEUED_FOR_GPU"},  # an open enum takes a new value
        {"brand_new_field": {"any": ["thing"]}},  # a new field is accepted, as the models keep it
        {"parent": None},
        {"parent": item(status="PENDING")},
        {"shape": {"kind": "circle", "radius": 2.5}},
        {"shape": {"kind": "square", "side": 1}},
        {"base": "PENDING"},
        {"size": 5.0},  # an integer in JSON
    ],
)
def test_conforming_bodies_pass(check: BodyCheck, fields: dict[str, Any]) -> None:
    assert check.problem(page(item(**fields), item(id="i2"))) is None


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({}, "$.items: required property is missing"),
        ([], "$: array, declared ItemList"),
        (page(item(), {"id": "i2"}), "$.items[1].size: required property is missing"),
        (page(item(size="3")), '$.items[0].size: string "3", declared integer'),
        (page(item(size=True)), "$.items[0].size: boolean true, declared integer"),
        (page(item(size=2.5)), "$.items[0].size: number 2.5, declared integer"),
        (page(item(ratio="x")), '$.items[0].ratio: string "x", declared number'),
        (page(item(note=3)), "$.items[0].note: integer 3, declared string or null"),
        (page(item(status="LOST")), '$.items[0].status: string "LOST" is not one of ["PENDING", "DONE"]'),
        (page(item(open=7)), "$.items[0].open: integer 7, declared string"),
        (page(item(tags=["a", 2])), "$.items[0].tags[1]: integer 2, declared string"),
        (page(item(labels={"x": "one"})), '$.items[0].labels.x: string "one", declared integer'),
        (page(item(parent=item(size=None))), "$.items[0].parent.size: null null, declared integer"),
        (page(item(shape={"kind": "circle"})), "$.items[0].shape: object matching none of Circle or Square"),
        (page(item(base="LOST")), '$.items[0].base: string "LOST" is not one of ["PENDING", "DONE"]'),
    ],
)
def test_a_body_that_breaks_the_spec_names_the_path(check: BodyCheck, body: Any, problem: str) -> None:
    assert check.problem(body) == problem


def test_each_operation_is_compiled_once_and_only_its_2xx_schemas(spec: ApiSpec) -> None:
    validators = SpecValidators(spec)
    operation = spec.operation("listItems")
    first = validators(operation)
    assert validators(operation) is first
    assert first.check(200) is not None
    assert first.check(404) is None  # a non-2xx raises its APIStatusError before any body check


def test_every_schema_of_every_spec_compiles() -> None:
    for api in ("biodock", "sphinx", "sevenbridges", "iontorrent"):
        spec = load(api)
        validators = SpecValidators(spec)
        for operation in spec.operations.values():
            validators(operation)
