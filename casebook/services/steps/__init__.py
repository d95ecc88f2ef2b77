"""The workflow steps: each public function is one step of handling a case (register, assign, reply, rate, close,
supervise) in one transaction.
"""
