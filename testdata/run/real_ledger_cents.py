# A bank ledger in integer cents: accounts, deposits, withdrawals,
# transfers between accounts, overdraft limits, an exception hierarchy,
# transaction rollback, monthly interest in basis points, and statements.


class LedgerError(Exception):
    """Base of the ledger's errors."""


class UnknownAccount(LedgerError, KeyError):
    def __init__(self, number):
        super().__init__(number)
        self.number = number

    def __str__(self):
        return f"no account {self.number}"


class InsufficientFunds(LedgerError):
    def __init__(self, account, needed):
        super().__init__(account.number, needed)
        self.account = account
        self.needed = needed

    def __str__(self):
        return f"account {self.account.number} short by {fmt(self.needed)}"


class FrozenAccount(LedgerError):
    pass


def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


def parse_amount(text):
    text = text.strip().replace(",", "")
    if text.startswith("$"):
        text = text[1:]
    whole, _, frac = text.partition(".")
    if not whole.isdigit() or (frac and (not frac.isdigit() or len(frac) > 2)):
        raise ValueError(f"bad amount {text!r}")
    return int(whole) * 100 + int(frac.ljust(2, "0") or 0)


class Account:
    def __init__(self, number, owner, overdraft=0):
        self.number = number
        self.owner = owner
        self.overdraft = overdraft
        self.balance = 0
        self.frozen = False
        self.history = []

    def available(self):
        return self.balance + self.overdraft

    def post(self, amount, memo):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")
        if amount < 0 and self.available() + amount < 0:
            raise InsufficientFunds(self, -amount - self.available())
        self.balance += amount
        self.history.append((memo, amount, self.balance))

    def __repr__(self):
        return f"Account({self.number!r}, {self.owner!r}, balance={fmt(self.balance)})"


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.journal = []
        self._next = 1000

    def open(self, owner, overdraft=0):
        self._next += 1
        number = f"AC{self._next}"
        self.accounts[number] = Account(number, owner, overdraft)
        return number

    def __getitem__(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def deposit(self, number, amount, memo="deposit"):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self[number].post(amount, memo)
        self.journal.append(("deposit", number, amount))

    def withdraw(self, number, amount, memo="withdrawal"):
        self[number].post(-amount, memo)
        self.journal.append(("withdraw", number, amount))

    def transfer(self, src, dst, amount):
        a, b = self[src], self[dst]
        snapshot = (a.balance, len(a.history), b.balance, len(b.history))
        try:
            a.post(-amount, f"transfer to {dst}")
            b.post(amount, f"transfer from {src}")
        except LedgerError:
            a.balance, b.balance = snapshot[0], snapshot[2]
            del a.history[snapshot[1]:]
            del b.history[snapshot[3]:]
            raise
        self.journal.append(("transfer", f"{src}->{dst}", amount))

    def apply_interest(self, basis_points):
        for acct in sorted(self.accounts.values(), key=lambda a: a.number):
            if acct.balance > 0 and not acct.frozen:
                interest = (acct.balance * basis_points + 5000) // 10000
                if interest:
                    acct.post(interest, f"interest {basis_points / 100:.2f}%")

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def statement(self, number):
        acct = self[number]
        lines = [f"Statement for {acct.owner} ({acct.number})"]
        for memo, amount, balance in acct.history:
            lines.append(f"  {memo:<24}{fmt(amount):>12}{fmt(balance):>12}")
        lines.append(f"  {'closing balance':<24}{'':>12}{fmt(acct.balance):>12}")
        return "\n".join(lines)


ledger = Ledger()
alice = ledger.open("Alice")
bob = ledger.open("Bob", overdraft=parse_amount("100"))
carol = ledger.open("Carol")

for text in ["1,250.50", "$3.07", "12", "0.5", "abc", "1.234", "$1,000,000.99"]:
    try:
        print(f"parse {text!r} -> {parse_amount(text)}")
    except ValueError as e:
        print(f"parse {text!r} -> ValueError: {e}")

ledger.deposit(alice, parse_amount("1,250.50"))
ledger.deposit(bob, parse_amount("40"))
ledger.deposit(carol, 999)
ledger.withdraw(alice, parse_amount("200.25"), "rent share")
ledger.transfer(alice, bob, parse_amount("300"))
ledger.withdraw(bob, parse_amount("420"), "laptop")

attempts = [
    ("withdraw too much", lambda: ledger.withdraw(carol, 1000)),
    ("overdraft exceeded", lambda: ledger.transfer(bob, carol, parse_amount("50"))),
    ("unknown account", lambda: ledger.deposit("AC9999", 100)),
    ("negative deposit", lambda: ledger.deposit(alice, -5)),
]
for label, attempt in attempts:
    try:
        attempt()
    except InsufficientFunds as e:
        print(f"{label}: InsufficientFunds: {e} (needed {e.needed})")
    except UnknownAccount as e:
        print(f"{label}: {type(e).__name__}: {e}; is KeyError: {isinstance(e, KeyError)}")
    except (LedgerError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")

ledger[carol].frozen = True
try:
    ledger.transfer(alice, carol, 100)
except FrozenAccount as e:
    print("frozen:", e)
print("alice after failed transfer:", ledger[alice])
ledger[carol].frozen = False

ledger.apply_interest(125)
for number in (alice, bob, carol):
    print(ledger.statement(number))
print("accounts:", sorted(ledger.accounts.values(), key=lambda a: -a.balance))
print("total:", fmt(ledger.total()))
print("journal:")
for kind, who, amount in ledger.journal:
    print(f"  {kind:<9}{who:<16}{fmt(amount):>12}")
print("negative format:", fmt(-12345), fmt(0), fmt(7))
