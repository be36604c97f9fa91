"""Bank simulation: accounts, transfers, interest, audit log, overdraft rules."""


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    pass


class AccountFrozen(BankError):
    pass


class Transaction:
    _next_id = 1

    def __init__(self, kind, amount, account, memo=""):
        self.id = Transaction._next_id
        Transaction._next_id += 1
        self.kind, self.amount, self.account, self.memo = kind, amount, account, memo

    def __repr__(self):
        memo = f" ({self.memo})" if self.memo else ""
        return f"#{self.id:03d} {self.kind:<9} {self.account:<6} {self.amount:>10}{memo}"


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100:,}.{cents % 100:02d}"


class Account:
    kind = "basic"
    overdraft = 0

    def __init__(self, number, owner, balance=0):
        self.number = number
        self.owner = owner
        self._balance = balance
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    def _change(self, delta):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if self._balance + delta < -self.overdraft:
            raise InsufficientFunds(
                f"account {self.number}: balance {money(self._balance)}, needs {money(-delta)}")
        self._balance += delta

    def month_end(self):
        return 0

    def __str__(self):
        return f"{self.kind:<8} {self.number:<6} {self.owner:<8} {money(self._balance):>12}"


class Savings(Account):
    kind = "savings"
    rate_bp = 125  # basis points per month

    def month_end(self):
        interest = self._balance * self.rate_bp // 10000
        self._balance += interest
        return interest


class Checking(Account):
    kind = "checking"
    overdraft = 50_000
    fee = 1_500

    def month_end(self):
        if self._balance < 0:
            self._balance -= self.fee
            return -self.fee
        return 0


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.ledger = []

    def open(self, cls, owner, deposit=0):
        number = f"{cls.kind[0].upper()}{len(self.accounts) + 1:04d}"
        acct = cls(number, owner)
        self.accounts[number] = acct
        if deposit:
            self.deposit(number, deposit, "opening deposit")
        return number

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise BankError(f"no account {number}") from None

    def deposit(self, number, cents, memo=""):
        if cents <= 0:
            raise BankError("deposit must be positive")
        self.get(number)._change(cents)
        self.ledger.append(Transaction("deposit", money(cents), number, memo))

    def withdraw(self, number, cents, memo=""):
        self.get(number)._change(-cents)
        self.ledger.append(Transaction("withdraw", money(cents), number, memo))

    def transfer(self, src, dst, cents):
        a, b = self.get(src), self.get(dst)
        a._change(-cents)
        try:
            b._change(cents)
        except BankError:
            a._change(cents)  # roll back
            raise
        self.ledger.append(Transaction("transfer", money(cents), src, f"to {dst}"))

    def month_end(self):
        for number in sorted(self.accounts):
            delta = self.accounts[number].month_end()
            if delta:
                kind = "interest" if delta > 0 else "fee"
                self.ledger.append(Transaction(kind, money(abs(delta)), number))

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def statement(self):
        print(f"--- {self.name}: {len(self.accounts)} accounts, total {money(self.total())} ---")
        for number in sorted(self.accounts):
            print(self.accounts[number])


bank = Bank("First Kiln Bank")
alice_s = bank.open(Savings, "alice", 1_000_000)
alice_c = bank.open(Checking, "alice", 25_000)
bob_c = bank.open(Checking, "bob")
carol = bank.open(Account, "carol", 5_000)
bank.statement()

operations = [
    ("transfer", alice_s, alice_c, 200_000),
    ("withdraw", alice_c, 260_000),
    ("withdraw", bob_c, 40_000),
    ("withdraw", bob_c, 20_000),
    ("withdraw", carol, 5_001),
    ("deposit", carol, -5),
    ("deposit", "X9999", 100),
    ("transfer", carol, bob_c, 5_000),
]
for op, *args in operations:
    try:
        getattr(bank, op)(*args)
        print(f"ok   {op} {args}")
    except BankError as e:
        print(f"FAIL {op} {args}: {type(e).__name__}: {e}")

bank.get(bob_c).frozen = True
try:
    bank.transfer(alice_s, bob_c, 1_000)
except AccountFrozen as e:
    print("frozen:", e, "| alice savings unchanged:", money(bank.get(alice_s).balance))

for month in range(1, 4):
    bank.month_end()
    print(f"after month {month}: total {money(bank.total())}")
bank.statement()
print("ledger:")
for t in bank.ledger:
    print(" ", t)
by_kind = {}
for t in bank.ledger:
    by_kind[t.kind] = by_kind.get(t.kind, 0) + 1
print(sorted(by_kind.items()))
