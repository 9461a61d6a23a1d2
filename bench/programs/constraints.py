"""A DeltaBlue-style constraint solver: variables linked by equality and scale constraints of
several strengths, an incremental planner that picks each constraint's output by walkabout
strength, and plans re-executed as edit values change (chain and projection tests)."""
import sys
import time

REQUIRED, STRONG, MEDIUM, WEAK, WEAKEST = 0, 1, 2, 3, 4  # smaller is stronger
NAMES = ("required", "strong", "medium", "weak", "weakest")


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0

    def __repr__(self):
        return "%s=%s" % (self.name, self.value)


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add(self, planner):
        for v in self.variables():
            v.constraints.append(self)
        planner.incremental_add(self)

    def remove(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def remove_from_graph(self):
        for v in self.variables():
            if self in v.constraints:
                v.constraints.remove(self)


class UnaryConstraint(Constraint):
    def __init__(self, var, strength):
        super().__init__(strength)
        self.output = var
        self.satisfied = False

    def variables(self):
        return (self.output,)

    def is_satisfied(self):
        return self.satisfied

    def choose(self, mark):
        self.satisfied = self.output.mark != mark and self.strength < self.output.walk_strength

    def inputs_known(self, mark):
        return True

    def current_output(self):
        return self.output

    def mark_inputs(self, mark):
        pass

    def recalculate(self):
        self.output.walk_strength = self.strength
        self.output.stay = not self.is_input()
        if self.output.stay:
            self.execute()

    def unsatisfy(self):
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    def is_input(self):
        return False

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    FORWARD, BACKWARD, NONE = 1, 2, 0

    def __init__(self, v1, v2, strength):
        super().__init__(strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = self.NONE

    def variables(self):
        return (self.v1, self.v2)

    def is_satisfied(self):
        return self.direction != self.NONE

    def choose(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            self.direction = self.FORWARD if v2.mark != mark and self.strength < v2.walk_strength else self.NONE
        elif v2.mark == mark:
            self.direction = self.BACKWARD if self.strength < v1.walk_strength else self.NONE
        elif v1.walk_strength > v2.walk_strength:
            self.direction = self.BACKWARD if self.strength < v1.walk_strength else self.NONE
        else:
            self.direction = self.FORWARD if self.strength < v2.walk_strength else self.NONE

    def current_input(self):
        return self.v1 if self.direction == self.FORWARD else self.v2

    def current_output(self):
        return self.v2 if self.direction == self.FORWARD else self.v1

    def inputs_known(self, mark):
        i = self.current_input()
        return i.mark == mark or i.stay or i.determined_by is None

    def mark_inputs(self, mark):
        self.current_input().mark = mark

    def recalculate(self):
        i, o = self.current_input(), self.current_output()
        o.walk_strength = max(self.strength, i.walk_strength)
        o.stay = i.stay
        if o.stay:
            self.execute()

    def unsatisfy(self):
        self.direction = self.NONE

    def is_input(self):
        return False


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.current_output().value = self.current_input().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(src, dest, strength)

    def variables(self):
        return (self.v1, self.v2, self.scale, self.offset)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == self.FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        i, o = self.current_input(), self.current_output()
        o.walk_strength = max(self.strength, i.walk_strength)
        o.stay = i.stay and self.scale.stay and self.offset.stay
        if o.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = self.satisfy(constraint, mark)
        while overridden is not None:
            overridden = self.satisfy(overridden, mark)

    def satisfy(self, c, mark):
        c.choose(mark)
        if not c.is_satisfied():
            if c.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        c.mark_inputs(mark)
        out = c.current_output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.unsatisfy()
        out.determined_by = c
        if not self.add_propagate(c, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def incremental_remove(self, constraint):
        out = constraint.current_output()
        constraint.unsatisfy()
        constraint.remove_from_graph()
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.current_output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_consumers(d.current_output(), todo)
        return True

    def remove_propagate_from(self, out):
        unsatisfied = []
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.current_output())
        return unsatisfied

    def add_consumers(self, v, todo):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)

    def extract_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            out = c.current_output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_consumers(out, todo)
        return plan

    def plan_for_edits(self, edits):
        return self.extract_plan([e for e in edits if e.is_input() and e.is_satisfied()])


def change(planner, var, new_value):
    edit = EditConstraint(var, STRONG)
    edit.add(planner)
    plan = planner.plan_for_edits([edit])
    for _ in range(10):
        var.value = new_value
        for c in plan:
            c.execute()
    edit.remove(planner)


def chain_test(n):
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(a, b, REQUIRED).add(planner)
    StayConstraint(variables[-1], MEDIUM).add(planner)
    edit = EditConstraint(variables[0], STRONG)
    edit.add(planner)
    plan = planner.plan_for_edits([edit])
    bad = 0
    for i in range(100):
        variables[0].value = i
        for c in plan:
            c.execute()
        if variables[-1].value != i:
            bad += 1
    edit.remove(planner)
    return bad


def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(src, NORMAL_STRENGTH).add(planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED).add(planner)
    bad = 0
    change(planner, src, 17)
    if dst.value != 1170:
        bad += 1
    change(planner, dst, 1050)
    if src.value != 5:
        bad += 1
    change(planner, scale, 5)
    bad += sum(1 for i in range(n - 1) if dests[i].value != i * 5 + 1000)
    change(planner, offset, 2000)
    bad += sum(1 for i in range(n - 1) if dests[i].value != i * 5 + 2000)
    return bad


NORMAL_STRENGTH = WEAK


def main(n):
    errors = 0
    for _ in range(n):
        errors += chain_test(100)
        errors += projection_test(100)
    return "%d rounds of chain and projection tests, %d wrong values" % (n, errors)


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        result = main(size)
        print("bench-seconds %.6f" % (time.perf_counter() - t0), file=sys.stderr)
    print(result)
