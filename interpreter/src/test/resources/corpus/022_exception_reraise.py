def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("caught again:", e)


def bare_except():
    try:
        1 / 0
    except:
        return "bare except caught it"


print(bare_except())


def tuple_as():
    results = []
    for bad in ([], {}, "", None):
        try:
            if bad is None:
                raise TypeError("none given")
            bad[5]
        except (IndexError, KeyError) as err:
            results.append(type(err).__name__)
        except TypeError as err:
            results.append("TypeError:" + str(err))
    return results


print(tuple_as())


def nested_handlers():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise IndexError("i")
    except IndexError as e:
        ctx = e.__context__
        return "IndexError with context %s(%s)" % (type(ctx).__name__, ctx)


print(nested_handlers())


def raise_instance_and_class():
    for exc in (RuntimeError, RuntimeError("with message")):
        try:
            raise exc
        except RuntimeError as e:
            print("raised:", repr(e))


raise_instance_and_class()


def raise_in_else():
    try:
        pass
    except ValueError:
        return "wrong"
    else:
        raise LookupError("from else")


try:
    raise_in_else()
except LookupError as e:
    print(e)
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise e
except ValueError as e2:
    print("re-raised instance", e2.args)
