# match statements (every pattern kind, with positions) and the async statements
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects, last]:
        pass
    case [*_]:
        pass
    case Point(x=0, y=0) | Point(1, 2, z=3):
        pass
    case mod.Cls(a, b=c) as whole if whole:
        pass
    case {"k": v, 1: w, -1: x, 1 + 2j: y, mod.attr: z, **rest}:
        pass
    case {}:
        pass
    case (1 | 2 | 3) as n:
        pass
    case (a, b,):
        pass
    case ():
        pass
    case None | True | False:
        pass
    case -3 | 4.5 | -1 - 1j | "s" "t" | b"b":
        pass
    case x:
        pass
match a, *b:
    case _:
        pass
match (x):
    case _ if x:
        pass
match = 1
match.x = 2
match[1] = 3
match(1)
case = match
print(match, case)


async def f():
    async with a as b, c:
        await d
    async for x in y:
        pass
    else:
        pass
    [i async for i in aiter() if await i]
    return await (await g())
