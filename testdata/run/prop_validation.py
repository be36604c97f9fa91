class Validated:
    def __init__(self, name, validator, doc):
        self.name, self.validator, self.__doc__ = '_' + name, validator, doc
    def __get__(self, obj, owner):
        return self if obj is None else getattr(obj, self.name, None)
    def __set__(self, obj, value):
        ok, msg = self.validator(value)
        if not ok:
            raise ValueError(f'{self.name[1:]}: {msg} (got {value!r})')
        setattr(obj, self.name, value)
def positive(v):
    return (isinstance(v, (int, float)) and v > 0, 'must be a positive number')
def nonempty(v):
    return (isinstance(v, str) and v.strip() != '', 'must be a non-empty string')
class Product:
    name = Validated('name', nonempty, 'product name')
    price = Validated('price', positive, 'unit price')
    qty = Validated('qty', positive, 'quantity')
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self):
        return self.price * self.qty
p = Product('pen', 1.25, 4)
print(p.name, p.price, p.qty, p.total, Product.price.__doc__)
for field, value in [('price', -1), ('name', '  '), ('qty', 'many'), ('qty', 10)]:
    try:
        setattr(p, field, value)
        print('set', field, '=', value, '-> total', p.total)
    except ValueError as e:
        print('ValueError:', e)
