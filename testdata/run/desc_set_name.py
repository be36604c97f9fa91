class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
    def __repr__(self):
        return f'Field({self.owner}.{self.name})'
class Model:
    id = Field()
    title = Field()
    alias = id
print(Model.id, Model.title, Model.alias)
f = Field()
class Late: pass
Late.f = f
print(hasattr(f, 'name'))
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('no names for you')
try:
    class Host:
        b = Boom()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
