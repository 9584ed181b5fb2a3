"""Which drawer, lift and cushion each prop uses."""

from __future__ import annotations

from collections.abc import Callable

from ptplanner.core.figure.body import Skeleton
from ptplanner.core.figure.geometry import Point
from ptplanner.core.figure.primitives import Group
from ptplanner.core.figure.props import (
    activity,
    daily_living,
    equipment,
    furniture,
    ground,
    nearby,
    pool,
    soft,
)
from ptplanner.core.figure.props.base import PropScene
from ptplanner.core.pose import Pose, Prop

DRAWERS: dict[Prop, Callable[[PropScene], list[Group]]] = {
    Prop.MAT: soft.mat,
    Prop.BED: furniture.bed,
    Prop.PILLOW_UNDER_HEAD: soft.pillow_under_head,
    Prop.PILLOW_UNDER_KNEES: soft.pillow_under_knees,
    Prop.PILLOW_UNDER_BELLY: soft.pillow_under_belly,
    Prop.PILLOW_BETWEEN_KNEES: soft.pillow_between_knees,
    Prop.TOWEL_UNDER_KNEE: soft.towel_under_knee,
    Prop.TOWEL_BEHIND_BACK: soft.towel_behind_back,
    Prop.BAND_AROUND_KNEES: soft.band_around_knees,
    Prop.BAND_AROUND_ANKLES: soft.band_around_ankles,
    Prop.BAND_TO_DOOR: equipment.band_to_door,
    Prop.BALL_BETWEEN_KNEES: soft.ball_between_knees,
    Prop.CHAIR: furniture.chair,
    Prop.ARMCHAIR: furniture.armchair,
    Prop.CHAIR_TO_HOLD: furniture.chair_to_hold,
    Prop.COUNTER: furniture.counter,
    Prop.WALL_BEHIND: furniture.wall_behind,
    Prop.WALL_IN_FRONT: furniture.wall_in_front,
    Prop.DOOR_FRAME: furniture.door_frame,
    Prop.DOWEL: equipment.dowel,
    Prop.STEP: furniture.step,
    Prop.STAIRS: furniture.stairs,
    Prop.POOL: pool.water,
    Prop.POOL_EDGE: pool.pool_edge,
    Prop.POOL_SIDE_BEHIND: pool.pool_side_behind,
    Prop.OBSTACLE: activity.obstacle,
    Prop.DESK: activity.desk,
    Prop.KNEELING_PAD: activity.kneeling_pad,
    Prop.GARDEN_BED: activity.garden_bed,
    Prop.GOLF_CLUB: activity.golf_club,
    Prop.SHELF: activity.shelf,
    Prop.CART: activity.cart,
    Prop.BIKE: equipment.bike,
    Prop.RECUMBENT_BIKE: equipment.recumbent_bike,
    Prop.WALKER: equipment.walker,
    Prop.CANE: equipment.cane,
    Prop.BAGS: equipment.bags,
    Prop.BOX: equipment.box_to_lift,
    Prop.SOCK_AID: daily_living.sock_aid,
    Prop.LONG_SHOEHORN: daily_living.long_shoehorn,
    Prop.REACHER: daily_living.reacher,
    Prop.TOILET: daily_living.toilet,
    Prop.SHOWER_CHAIR: daily_living.shower_chair,
    Prop.LONG_SPONGE: daily_living.long_sponge,
    Prop.VACUUM: daily_living.vacuum,
    Prop.SI_BELT: daily_living.si_belt,
    Prop.STEP_BESIDE: daily_living.step_beside,
    Prop.BAND_FROM_SIDE: daily_living.band_from_side,
    Prop.CAR: furniture.car,
    Prop.COUNTER_BESIDE: nearby.counter_beside,
    Prop.COUNTER_AT_FAR_SIDE: nearby.counter_at_far_side,
    Prop.RAIL_BESIDE: nearby.rail_beside,
    Prop.SLOPE: ground.slope,
    Prop.ITEM_ON_FLOOR: activity.item_on_floor,
}

LIFTS: dict[Prop, Callable[[Pose, Skeleton], float]] = {
    Prop.MAT: lambda pose, skeleton: soft.MAT_THICKNESS,
    Prop.BED: furniture.bed_lift,
    Prop.STEP: furniture.step_lift,
    Prop.STAIRS: furniture.step_lift,
    Prop.STEP_BESIDE: daily_living.step_beside_lift,
    Prop.BIKE: equipment.bike_lift,
    Prop.RECUMBENT_BIKE: equipment.bike_lift,
    Prop.SLOPE: ground.slope_lift,
}

CUSHIONS: dict[Prop, Callable[[Skeleton], list[Point]]] = {
    Prop.PILLOW_UNDER_HEAD: soft.head_cushion,
    Prop.PILLOW_UNDER_BELLY: soft.belly_cushion,
}
