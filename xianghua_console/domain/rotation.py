"""Fair rotation: a period's roster from the pools by post (DOMAIN.md "Duty and readiness").

Rules, in order of weight:

1. hard — a person is placed only from the pool of the slot, never on a day marked
   unavailable, never twice in one shift and never on two consecutive 24-hour shifts (also
   across the edges of the period: ``busy_before`` / ``busy_after``);
2. required slot counts (leader, duty, standby minimum, vehicle) are filled on every day
   before any optional one (standby up to its maximum);
3. counts are balanced across the people of a pool, and weekends and public holidays are
   balanced separately (a holiday is not "just another day off").

Placements kept from before (by hand, by a swap, by an import) stay where they are and count
towards everyone's load. When the pools cannot fill a slot, the slot stays short and the result
says which and why; the search is greedy with a bounded repair, so it always ends.

Pure: no SQL, no clock. The caller hands in ids, days and the calendar.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from xianghua_console.domain.enums import DutySlot
from xianghua_console.domain.holidays import DayCalendar, DayKind
from xianghua_console.domain.messages import Message, joined, msg
from xianghua_console.domain.settings import Settings

# Scarce pools first: a leader who is also in the standby pool is placed as a leader.
SLOT_ORDER: tuple[DutySlot, ...] = (
    DutySlot.LEADER,
    DutySlot.VEHICLE,
    DutySlot.DUTY,
    DutySlot.STANDBY,
)
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class SlotTarget:
    """How many people a slot needs (``required``) and may have (``wanted``)."""

    required: int
    wanted: int


def slot_targets(settings: Settings) -> dict[DutySlot, SlotTarget]:
    """The slot counts of a shift from the office's settings."""
    return {
        DutySlot.LEADER: SlotTarget(settings.leader_slots, settings.leader_slots),
        DutySlot.DUTY: SlotTarget(settings.duty_slots_min, settings.duty_slots_min),
        DutySlot.STANDBY: SlotTarget(settings.standby_slots_min, settings.standby_slots_max),
        DutySlot.VEHICLE: SlotTarget(settings.vehicle_slots, settings.vehicle_slots),
    }


@dataclass(frozen=True)
class Placement:
    """A person in a slot of the shift of ``day``."""

    day: date
    slot: DutySlot
    position: int
    staff_id: int
    by_hand: bool = False


@dataclass(frozen=True)
class Gap:
    """A slot of a day left short: ``missing`` people, and why nobody could be placed."""

    day: date
    slot: DutySlot
    missing: int
    reason: str  # a Message

    @property
    def message(self) -> Message:
        return msg("{day:%m月%d日}{slot}缺{n}人：{reason}", day=self.day, slot=self.slot,
                   n=self.missing, reason=self.reason)


@dataclass(frozen=True)
class Load:
    total: int = 0
    weekend: int = 0
    holiday: int = 0


@dataclass(frozen=True)
class Rotation:
    placements: tuple[Placement, ...]
    gaps: tuple[Gap, ...]
    calendar: DayCalendar
    loads: Mapping[int, Load]

    @property
    def notes(self) -> list[Message]:
        """What the roster view should say: the calendar fallback, then the gaps in runs."""
        out = [self.calendar.message] if self.calendar.message else []
        return out + summarize_gaps(self.gaps)


def summarize_gaps(gaps: Iterable[Gap]) -> list[Message]:
    """Gaps as lines, consecutive days with the same shortfall and reason in one line."""
    runs: list[list[Gap]] = []
    for gap in sorted(gaps, key=lambda g: (SLOT_ORDER.index(g.slot), g.reason, g.missing, g.day)):
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and (last.slot, last.reason, last.missing) == (gap.slot, gap.reason, gap.missing)
            and gap.day == last.day + ONE_DAY
        ):
            runs[-1].append(gap)
        else:
            runs.append([gap])
    runs.sort(key=lambda run: (run[0].day, SLOT_ORDER.index(run[0].slot)))
    lines = []
    for run in runs:
        first, last = run[0], run[-1]
        if len(run) == 1:
            lines.append(first.message)
            continue
        lines.append(msg(
            "{first:%m月%d日}至{last:%m月%d日}（{days}天）{slot}每天缺{n}人：{reason}",
            first=first.day, last=last.day, days=len(run), slot=first.slot, n=first.missing,
            reason=first.reason,
        ))
    return lines


def generate_rotation(
    *,
    days: Iterable[date],
    pools: Mapping[DutySlot, Sequence[int]],
    targets: Mapping[DutySlot, SlotTarget],
    calendar: DayCalendar,
    unavailable: Collection[tuple[int, date]] = frozenset(),
    kept: Iterable[Placement] = (),
    busy_before: Collection[int] = frozenset(),
    busy_after: Collection[int] = frozenset(),
    seed: int = 0,
) -> Rotation:
    """The roster of ``days``: ``kept`` placements plus new ones, and the gaps left.

    The same arguments give the same roster; ``seed`` only breaks ties between equally
    loaded people.
    """
    state = _State(
        sorted(set(days)), pools, calendar, set(unavailable), busy_before, busy_after, seed
    )
    for placement in kept:
        state.keep(placement)
    # Day by day, in order: only yesterday can block a person, so a pool of twice a slot's
    # size always fills it. Fairness comes from the choice of person and the repair after;
    # the last fill takes up anyone the repair set free, so a short slot really had nobody.
    state.fill_day_by_day(targets)
    state.fill_gaps(targets)
    state.rebalance()
    state.fill(targets, required=True)
    state.fill(targets, required=False)
    return Rotation(
        placements=state.placements(),
        gaps=state.gaps(targets),
        calendar=calendar,
        loads=state.loads(),
    )


class _State:
    """The roster being built: who is where, who is on which day, everyone's counts."""

    def __init__(
        self,
        days: list[date],
        pools: Mapping[DutySlot, Sequence[int]],
        calendar: DayCalendar,
        unavailable: set[tuple[int, date]],
        busy_before: Collection[int],
        busy_after: Collection[int],
        seed: int,
    ) -> None:
        self.days = days
        self.day_set = set(days)
        self.kind = {d: calendar.kind(d) for d in days}
        self.pools = {slot: list(dict.fromkeys(pools.get(slot, ()))) for slot in DutySlot}
        self.pool_sets = {slot: set(members) for slot, members in self.pools.items()}
        self.unavailable = unavailable
        self.kept: dict[tuple[date, DutySlot], list[Placement]] = {}
        self.new: dict[tuple[date, DutySlot], list[int]] = {}
        self.on: dict[date, Counter[int]] = {d: Counter() for d in days}
        if days:
            self.on[days[0] - ONE_DAY] = Counter(busy_before)
            self.on[days[-1] + ONE_DAY] = Counter(busy_after)
        self.worked: dict[int, list[date]] = {}
        self.total: Counter[int] = Counter()
        self.by_kind: dict[DayKind, Counter[int]] = {k: Counter() for k in DayKind}
        rng = random.Random(seed)
        people = sorted({p for members in self.pools.values() for p in members})
        rng.shuffle(people)
        self.rank = {p: i for i, p in enumerate(people)}

    # ------------------------------------------------------------ bookkeeping

    def keep(self, placement: Placement) -> None:
        if placement.day not in self.day_set:
            return
        self.kept.setdefault((placement.day, placement.slot), []).append(placement)
        self._count_in(placement.staff_id, placement.day)

    def count(self, day: date, slot: DutySlot) -> int:
        return len(self.kept.get((day, slot), ())) + len(self.new.get((day, slot), ()))

    def add(self, person: int, day: date, slot: DutySlot) -> None:
        self.new.setdefault((day, slot), []).append(person)
        self._count_in(person, day)

    def remove(self, person: int, day: date, slot: DutySlot) -> None:
        self.new[(day, slot)].remove(person)
        self.on[day][person] -= 1
        if not self.on[day][person]:
            del self.on[day][person]
        self.worked[person].remove(day)
        self.total[person] -= 1
        self.by_kind[self.kind[day]][person] -= 1

    def _count_in(self, person: int, day: date) -> None:
        self.on[day][person] += 1
        self.worked.setdefault(person, []).append(day)
        self.total[person] += 1
        self.by_kind[self.kind[day]][person] += 1

    # ------------------------------------------------------------ choosing

    def eligible(self, person: int, day: date, slot: DutySlot) -> bool:
        if person not in self.pool_sets[slot] or (person, day) in self.unavailable:
            return False
        if self.on[day][person]:
            return False
        for near in (day - ONE_DAY, day + ONE_DAY):
            counter = self.on.get(near)
            if counter is not None and counter[person]:
                return False
        return True

    def _spacing(self, person: int, day: date) -> int:
        worked = self.worked.get(person)
        if not worked:
            return 10_000
        return min(abs((day - other).days) for other in worked)

    def best(self, day: date, slot: DutySlot, exclude: int | None = None) -> int | None:
        """The eligible person with the fewest days of this kind, then fewest days in all."""
        kind = self.kind[day]
        by_kind = self.by_kind[kind] if kind is not DayKind.WORKDAY else None
        best_key: tuple[int, int, int, int] | None = None
        chosen = None
        for person in self.pools[slot]:
            if person == exclude or not self.eligible(person, day, slot):
                continue
            key = (
                by_kind[person] if by_kind is not None else 0,
                self.total[person],
                -self._spacing(person, day),
                self.rank[person],
            )
            if best_key is None or key < best_key:
                best_key, chosen = key, person
        return chosen

    def fill_day_by_day(self, targets: Mapping[DutySlot, SlotTarget]) -> None:
        """Each day its required people, then optional ones that leave tomorrow enough."""
        for day in self.days:
            for slot in SLOT_ORDER:
                while self.count(day, slot) < targets.get(slot, SlotTarget(0, 0)).required:
                    person = self.best(day, slot)
                    if person is None:
                        break
                    self.add(person, day, slot)
            for slot in SLOT_ORDER:
                while self.count(day, slot) < targets.get(slot, SlotTarget(0, 0)).wanted:
                    person = self.best(day, slot)
                    if person is None or not self._leaves_enough(person, day, targets):
                        break
                    self.add(person, day, slot)

    def _leaves_enough(
        self, person: int, day: date, targets: Mapping[DutySlot, SlotTarget]
    ) -> bool:
        """Whether tomorrow's required slots can still be filled without ``person``."""
        tomorrow = day + ONE_DAY
        if tomorrow not in self.day_set:
            return True
        for slot in SLOT_ORDER:
            if person not in self.pool_sets[slot]:
                continue
            need = targets.get(slot, SlotTarget(0, 0)).required - self.count(tomorrow, slot)
            if need <= 0:
                continue
            free = sum(
                1
                for other in self.pools[slot]
                if other != person
                and not self.on[day][other]
                and self.eligible(other, tomorrow, slot)
            )
            if free < need:
                return False
        return True

    def fill(self, targets: Mapping[DutySlot, SlotTarget], *, required: bool) -> None:
        """Fill every slot up to its required (or wanted) count while someone may take it."""
        for day in self.days:
            for slot in SLOT_ORDER:
                target = targets.get(slot, SlotTarget(0, 0))
                want = target.required if required else target.wanted
                while self.count(day, slot) < want:
                    person = self.best(day, slot)
                    if person is None:
                        break
                    self.add(person, day, slot)

    # ------------------------------------------------------------ repair

    def fill_gaps(self, targets: Mapping[DutySlot, SlotTarget]) -> None:
        """Fill a short slot with someone kept off only by a neighbouring day's shift.

        That person's place on the neighbouring day goes to someone else who may take it; one
        step deep, so it ends.
        """
        for day in self.days:
            for slot in SLOT_ORDER:
                need = targets.get(slot, SlotTarget(0, 0)).required
                while self.count(day, slot) < need and self._borrow(day, slot):
                    pass

    def _borrow(self, day: date, slot: DutySlot) -> bool:
        for person in self.pools[slot]:
            if (person, day) in self.unavailable or self.on[day][person]:
                continue
            blockers = [
                (near, s)
                for near in (day - ONE_DAY, day + ONE_DAY)
                for s in SLOT_ORDER
                if person in self.new.get((near, s), ())
            ]
            kept_near = any(
                p.staff_id == person
                for near in (day - ONE_DAY, day + ONE_DAY)
                for s in SLOT_ORDER
                for p in self.kept.get((near, s), ())
            )
            outside = any(
                near not in self.day_set and self.on.get(near, Counter())[person]
                for near in (day - ONE_DAY, day + ONE_DAY)
            )
            if kept_near or outside or len(blockers) != 1:
                continue
            near, near_slot = blockers[0]
            self.remove(person, near, near_slot)
            stand_in = self.best(near, near_slot, exclude=person)
            if stand_in is not None:
                self.add(stand_in, near, near_slot)
                if self.eligible(person, day, slot):
                    self.add(person, day, slot)
                    return True
                self.remove(stand_in, near, near_slot)
            self.add(person, near, near_slot)
        return False

    def rebalance(self) -> None:
        """Move or exchange generated placements until no pool can be evened out further.

        Every step lowers ``Σ total²``, or keeps it and lowers ``Σ weekend² + Σ holiday²``, so
        the loop ends; the budget is a second guard. Cheap single moves first; swapping two
        people over a run of days only when those are exhausted.
        """
        budget = 20 * max(len(self.days), 1) * max(len(self.rank), 1)
        while budget > 0:
            budget -= 1
            if self._even_totals():
                continue
            if self._even_kind(DayKind.HOLIDAY) or self._even_kind(DayKind.WEEKEND):
                continue
            if self._swap_runs():
                continue
            break

    def _rest_counts(self) -> tuple[Counter[int], Counter[int]]:
        return self.by_kind[DayKind.WEEKEND], self.by_kind[DayKind.HOLIDAY]

    def _uneven(self, a: int, b: int) -> bool:
        return any(abs(m[a] - m[b]) >= 2 for m in (self.total, *self._rest_counts()))

    def _swap_runs(self) -> bool:
        """Two people of a pool trade their generated places of one slot over a run of days.

        Inside the run neither has any other place, so only its two ends need checking; this
        untangles rotations too rigid for single moves (three people for a daily slot).
        """
        for slot in SLOT_ORDER:
            members = self.pools[slot]
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if self._uneven(a, b) and self._swap_run(a, b, slot):
                        return True
        return False

    def _swap_run(self, a: int, b: int, slot: DutySlot) -> bool:
        weekend, holiday = self._rest_counts()
        before_total = self.total[a] ** 2 + self.total[b] ** 2
        before_rest = sum(m[a] ** 2 + m[b] ** 2 for m in (weekend, holiday))
        empty: Counter[int] = Counter()
        for i, first in enumerate(self.days):
            cell = self.new.get((first, slot), ())
            prev = self.on.get(first - ONE_DAY, empty)
            # after the trade a holds what b held; a place next to a's own outside is no good
            if (b in cell and a not in cell and prev[a]) or (
                a in cell and b not in cell and prev[b]
            ):
                continue
            shift = Counter()  # what a gains (b loses), by kind
            for last in self.days[i:]:
                cell = self.new.get((last, slot), ())
                has_a, has_b = a in cell, b in cell
                if self.on[last][a] - has_a or self.on[last][b] - has_b:
                    break  # another place of theirs inside the run
                if has_a != has_b:
                    taker = b if has_a else a
                    if (taker, last) in self.unavailable:
                        break
                    shift[self.kind[last]] += 1 if has_b else -1
                nxt = self.on.get(last + ONE_DAY, empty)
                if (has_b and not has_a and nxt[a]) or (has_a and not has_b and nxt[b]):
                    continue
                gain = sum(shift.values())
                if not gain and not shift:
                    continue
                after_total = (self.total[a] + gain) ** 2 + (self.total[b] - gain) ** 2
                after_rest = sum(
                    (m[a] + shift[k]) ** 2 + (m[b] - shift[k]) ** 2
                    for m, k in ((weekend, DayKind.WEEKEND), (holiday, DayKind.HOLIDAY))
                )
                if (after_total, after_rest) < (before_total, before_rest):
                    self._trade(a, b, slot, self.days[i : self.days.index(last) + 1])
                    return True
        return False

    def _trade(self, a: int, b: int, slot: DutySlot, run: list[date]) -> None:
        for day in run:
            cell = self.new.get((day, slot), [])
            has_a, has_b = a in cell, b in cell
            if has_a and not has_b:
                self.remove(a, day, slot)
                self.add(b, day, slot)
            elif has_b and not has_a:
                self.remove(b, day, slot)
                self.add(a, day, slot)

    def _pairs(self, slot: DutySlot, metric: Counter[int]) -> Iterable[tuple[int, int]]:
        """(heavier, lighter) people of a pool whose counts differ by two or more."""
        members = sorted(self.pools[slot], key=lambda p: (metric[p], self.rank[p]))
        for heavy in reversed(members):
            for light in members:
                if metric[heavy] - metric[light] < 2:
                    break
                yield heavy, light

    def _days_of(self, person: int, slot: DutySlot) -> list[date]:
        return [d for (d, s), people in self.new.items() if s is slot and person in people]

    def _even_totals(self) -> bool:
        for slot in SLOT_ORDER:
            for heavy, light in self._pairs(slot, self.total):
                for day in self._days_of(heavy, slot):
                    kind = self.kind[day]
                    if kind is not DayKind.WORKDAY:
                        counts = self.by_kind[kind]
                        if counts[heavy] <= counts[light]:
                            continue  # would unbalance the holidays or weekends
                    if self.eligible(light, day, slot):
                        self.remove(heavy, day, slot)
                        self.add(light, day, slot)
                        return True
        return False

    def _even_kind(self, kind: DayKind) -> bool:
        counts = self.by_kind[kind]
        for slot in SLOT_ORDER:
            for heavy, light in self._pairs(slot, counts):
                for day in self._days_of(heavy, slot):
                    if self.kind[day] is not kind:
                        continue
                    if self.total[heavy] > self.total[light]:
                        if self.eligible(light, day, slot):
                            self.remove(heavy, day, slot)
                            self.add(light, day, slot)
                            return True
                    # light may be kept off the day only by its own neighbouring working day,
                    # which the exchange hands over: no eligibility test before trying it
                    if self._exchange(heavy, light, day, slot):
                        return True
        return False

    def _exchange(self, heavy: int, light: int, day: date, slot: DutySlot) -> bool:
        """``heavy`` gives ``day`` to ``light`` and gets a working day back, everyone's total
        staying the same: straight from ``light``, or round through a third person."""
        light_days = self._workdays_of(light)
        for other_day, other_slot in light_days:
            if heavy in self.pool_sets[other_slot] and self._try(
                [
                    (heavy, day, slot, other_day, other_slot),
                    (light, other_day, other_slot, day, slot),
                ]
            ):
                return True
        for other_day, other_slot in light_days:
            for third in self.pools[other_slot]:
                if third in (heavy, light):
                    continue
                for third_day, third_slot in self._workdays_of(third):
                    if heavy in self.pool_sets[third_slot] and self._try(
                        [
                            (heavy, day, slot, third_day, third_slot),
                            (light, other_day, other_slot, day, slot),
                            (third, third_day, third_slot, other_day, other_slot),
                        ]
                    ):
                        return True
        return False

    def _workdays_of(self, person: int) -> list[tuple[date, DutySlot]]:
        return [
            cell
            for cell, people in self.new.items()
            if person in people and self.kind[cell[0]] is DayKind.WORKDAY
        ]

    def _try(self, moves: list[tuple[int, date, DutySlot, date, DutySlot]]) -> bool:
        """Make every move (person, from day, from slot, to day, to slot) if all are allowed.

        The rules are per person, so checking each arrival after all departures is exact.
        """
        for person, from_day, from_slot, _, _ in moves:
            self.remove(person, from_day, from_slot)
        if all(self.eligible(person, to_day, to_slot) for person, _, _, to_day, to_slot in moves):
            for person, _, _, to_day, to_slot in moves:
                self.add(person, to_day, to_slot)
            return True
        for person, from_day, from_slot, _, _ in moves:
            self.add(person, from_day, from_slot)
        return False

    # ------------------------------------------------------------ results

    def placements(self) -> tuple[Placement, ...]:
        out: list[Placement] = []
        for day in self.days:
            for slot in SLOT_ORDER:
                kept = self.kept.get((day, slot), [])
                out.extend(kept)
                used = {p.position for p in kept}
                position = 0
                for person in self.new.get((day, slot), []):
                    while position in used:
                        position += 1
                    out.append(Placement(day, slot, position, person))
                    used.add(position)
        return tuple(out)

    def loads(self) -> dict[int, Load]:
        people = set(self.rank) | set(self.total)
        return {
            p: Load(
                self.total[p], self.by_kind[DayKind.WEEKEND][p], self.by_kind[DayKind.HOLIDAY][p]
            )
            for p in sorted(people)
        }

    def gaps(self, targets: Mapping[DutySlot, SlotTarget]) -> tuple[Gap, ...]:
        out = []
        for day in self.days:
            for slot in SLOT_ORDER:
                need = targets.get(slot, SlotTarget(0, 0)).required
                missing = need - self.count(day, slot)
                if missing > 0:
                    out.append(Gap(day, slot, missing, self._why(day, slot)))
        return tuple(out)

    def _why(self, day: date, slot: DutySlot) -> Message:
        pool = self.pools[slot]
        if not pool:
            return msg("没有可担任{slot}的人员，请先设置人员库", slot=slot)
        away = [p for p in pool if (p, day) in self.unavailable]
        rest = [p for p in pool if p not in away]
        booked = [p for p in rest if self.on[day][p]]
        rest = [p for p in rest if p not in booked]
        near = [
            p
            for p in rest
            if any(self.on.get(d, Counter())[p] for d in (day - ONE_DAY, day + ONE_DAY))
        ]
        parts = [msg("可担任的共{n}人", n=len(pool))]
        if away:
            parts.append(msg("{n}人请假、出差或另有安排", n=len(away)))
        if booked:
            parts.append(msg("{n}人当天已在班", n=len(booked)))
        if near:
            parts.append(msg("{n}人前一天或后一天值班（不能连值两班）", n=len(near)))
        return joined(parts, "，")
