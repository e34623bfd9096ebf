"""Products and their ordered stages: create, edit, add, rename, reorder."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import InvalidField, NotFound
from testlab.model.enums import StageKind
from testlab.services.setup import fields as check


@dataclass(frozen=True)
class ProductFields:
    """A product; its owner is a member of staff (or nobody yet)."""

    name: str
    description: str = ""
    owner_id: uuid.UUID | None = None


@dataclass(frozen=True)
class StageRecord:
    """A stage as saved, with its place in the product's order (0 first)."""

    id: uuid.UUID
    product_id: uuid.UUID
    position: int
    kind: StageKind
    name: str


@dataclass(frozen=True)
class ProductRecord:
    """A product as saved, with its stages in order."""

    id: uuid.UUID
    name: str
    description: str
    owner_id: uuid.UUID | None
    stages: tuple[StageRecord, ...]


def _stage_record(stage: m.Stage) -> StageRecord:
    return StageRecord(stage.id, stage.product_id, stage.position, stage.kind, stage.name)


def _record(product: m.Product) -> ProductRecord:
    return ProductRecord(product.id, product.name, product.description, product.owner_id,
                         tuple(_stage_record(st) for st in product.stages))


def save_product(s: OrmSession, fields: ProductFields,
                 product: m.Product | None = None) -> m.Product:
    """Create or update a product in ``s``; the name is unique."""
    name = check.text(fields.name, "name", 120)
    description = fields.description.strip()
    other = s.scalar(select(m.Product.id).where(m.Product.name == name))
    if other is not None and (product is None or other != product.id):
        raise InvalidField("name", f"name: there is already a product named '{name}'.")
    if fields.owner_id is not None and s.get(m.Staff, fields.owner_id) is None:
        raise InvalidField("owner", f"owner: no member of staff with id {fields.owner_id}.")
    if product is None:
        product = m.Product(name=name, description=description, owner_id=fields.owner_id)
        s.add(product)
    else:
        product.name, product.description = name, description
        product.owner_id = fields.owner_id
    s.flush()
    return product


def create_product(db: Database, *, fields: ProductFields) -> ProductRecord:
    """A new product, with no stage yet."""
    with db.session_factory.begin() as s:
        return _record(save_product(s, fields))


def edit_product(db: Database, *, product_id: uuid.UUID, fields: ProductFields) -> ProductRecord:
    """Rename a product, change its description or owner."""
    with db.session_factory.begin() as s:
        return _record(save_product(s, fields, _product(s, product_id)))


def save_stage(s: OrmSession, product: m.Product, name: str, kind: StageKind | str,
               stage: m.Stage | None = None) -> m.Stage:
    """Add a stage at the end of ``product`` (or update ``stage``); names are unique in it."""
    clean = check.text(name, "name", 120)
    stage_kind = check.choice(kind, StageKind, "kind")
    other = s.scalar(select(m.Stage.id).where(m.Stage.product_id == product.id,
                                              m.Stage.name == clean))
    if other is not None and (stage is None or other != stage.id):
        raise InvalidField("name", f"name: '{product.name}' already has a stage '{clean}'.")
    if stage is None:
        stage = m.Stage(name=clean, kind=stage_kind, position=len(product.stages))
        product.stages.append(stage)
    else:
        stage.name, stage.kind = clean, stage_kind
    s.flush()
    return stage


def add_stage(db: Database, *, product_id: uuid.UUID, name: str,
              kind: StageKind | str) -> StageRecord:
    """A new stage after the product's last."""
    with db.session_factory.begin() as s:
        return _stage_record(save_stage(s, _product(s, product_id), name, kind))


def edit_stage(db: Database, *, stage_id: uuid.UUID, name: str,
               kind: StageKind | str) -> StageRecord:
    """Rename a stage or change its kind."""
    with db.session_factory.begin() as s:
        stage = s.get(m.Stage, stage_id)
        if stage is None:
            raise NotFound(f"No stage with id {stage_id}.")
        return _stage_record(save_stage(s, stage.product, name, kind, stage))


def place_stages(s: OrmSession, product: m.Product, order: Sequence[uuid.UUID]) -> None:
    """Give ``product``'s stages the positions of ``order`` (every stage, once each)."""
    stages = {stage.id: stage for stage in product.stages}
    if sorted(order) != sorted(stages) or len(set(order)) != len(order):
        raise InvalidField("stages", "stages: the new order must list each of the product's "
                           "stages exactly once.")
    renumber(s, [stages[stage_id] for stage_id in order])


class _Placed(Protocol):
    position: int


def renumber(s: OrmSession, items: Sequence[_Placed]) -> None:
    """Positions 0, 1, ... in the given order, past the (parent, position) unique key."""
    if all(item.position == index for index, item in enumerate(items)):
        return
    top = len(items) + 1000
    for index, item in enumerate(items):
        item.position = top + index
    s.flush()
    for index, item in enumerate(items):
        item.position = index
    s.flush()


def reorder_stages(db: Database, *, product_id: uuid.UUID,
                   order: Sequence[uuid.UUID]) -> ProductRecord:
    """Put a product's stages in ``order``."""
    with db.session_factory.begin() as s:
        product = _product(s, product_id)
        place_stages(s, product, order)
        s.refresh(product)
        return _record(product)


def _product(s: OrmSession, product_id: uuid.UUID) -> m.Product:
    product = s.get(m.Product, product_id)
    if product is None:
        raise NotFound(f"No product with id {product_id}.")
    return product
