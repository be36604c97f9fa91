# dataclasses: an exception raised by __post_init__ escapes through the
# generated __init__, whose frame CPython shows as File "<string>".
from dataclasses import dataclass, field


@dataclass
class Account:
    owner: str
    history: list = field(default_factory=list)
    balance: int = 0

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f'negative balance for {self.owner}: {self.balance}')


print(Account('ann'))
Account('bob', balance=-5)
