# contextvars (the stdlib face of _contextvars): variables, tokens, contexts and copy_context.
import contextvars
import functools

request_id = contextvars.ContextVar('request_id', default='none')
user = contextvars.ContextVar('user')


def handle(rid, name):
    request_id.set(rid)
    user.set(name)
    return log('handled')


def log(msg):
    return f'[{request_id.get()}:{user.get("?")}] {msg}'


print(log('start'))
results = [contextvars.copy_context().run(handle, i, n) for i, n in enumerate(['ann', 'bob'])]
print(results)
print(log('after'))

tok = request_id.set('outer')
ctx = contextvars.copy_context()
print(ctx[request_id], ctx.get(user, 'unset'), request_id in ctx, user in ctx, len(ctx))
ctx.run(functools.partial(user.set, 'carol'))
print(ctx[user], user.get('still unset'))
request_id.reset(tok)
print(request_id.get(), ctx[request_id], tok.old_value is contextvars.Token.MISSING)
print(isinstance(ctx, contextvars.Context), contextvars.ContextVar.__name__, contextvars.Token.MISSING)
print(sorted(v.name for v in ctx), sorted(map(str, ctx.values())))
print(contextvars.ContextVar[int])
