-- Real-client test of kiln-lsp with headless Neovim 0.7 (run by
-- TestNvim in lsp/nvim_test.go):
--   KILN_LSP=... KILN=... WORKSPACE=... nvim --headless -u NONE -c 'luafile lsp_test.lua'
-- The workspace holds prog.py, which leaks a file on line 4 (1-based) and
-- has a loop the JIT compiles on line 11, and .kiln/run.jsonl, the trace
-- log of a real run of it.
-- It prints "nvim-lsp: N passed, N failed" and exits non-zero on failure.
local passed = 0
local function check(cond, what)
  if not cond then error(what, 2) end
  passed = passed + 1
end

local ok, err = pcall(function()
  local ws = assert(os.getenv('WORKSPACE'), 'WORKSPACE not set')
  vim.cmd('cd ' .. vim.fn.fnameescape(ws))
  local exit_code
  local id = assert(vim.lsp.start_client({
    name = 'kiln',
    cmd = { os.getenv('KILN_LSP'), '-kiln', os.getenv('KILN') },
    root_dir = ws,
    init_options = { runTimeout = 120 },
    on_exit = function(code) exit_code = code end,
  }))
  vim.cmd('edit prog.py')
  vim.bo.filetype = 'python'
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, id)
  local client = vim.lsp.get_client_by_id(id)
  local td = vim.lsp.util.make_text_document_params(buf)

  -- The leak from the trace log under .kiln/: a warning on line 4.
  check(vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20), 'no diagnostics')
  local d = vim.diagnostic.get(buf)
  check(#d == 1 and d[1].lnum == 3, 'diagnostics: ' .. vim.inspect(d))
  check(d[1].severity == vim.diagnostic.severity.WARN and d[1].message:find('ResourceWarning'), 'not a ResourceWarning: ' .. vim.inspect(d[1]))

  -- Code lenses: run, warm-up and the JIT facts of the loops: the one on
  -- line 11 compiled, the one on line 5 (over a list) aborted.
  vim.lsp.codelens.refresh()
  local function titles()
    local t = {}
    for _, l in ipairs(vim.lsp.codelens.get(buf)) do t[#t + 1] = (l.range.start.line + 1) .. ': ' .. l.command.title end
    return table.concat(t, '\n')
  end
  check(vim.wait(30000, function() return titles():find('11: JIT: compiled', 1, true) ~= nil end, 20), 'no JIT lens: ' .. titles())
  local all = titles()
  check(all:find('1: ▶ Run with Kiln', 1, true), 'no run lens: ' .. all)
  check(all:find('\n11: JIT: compiled after %d+ iterations in [%d.]+ ms'), 'no JIT lens on the loop: ' .. all)
  check(all:find('\n5: JIT: not compiled', 1, true), 'no abort lens on the loop over a list: ' .. all)
  check(all:find('1: Warm%-up: [%d.]+ ms to steady state · 1 loop compiled'), 'no warm-up lens: ' .. all)

  -- Hover on the loop header: the trace IR with the source interleaved.
  local res = client.request_sync('textDocument/hover', { textDocument = td, position = { line = 10, character = 6 } }, 20000, buf)
  check(res and not res.err and res.result, 'hover failed: ' .. vim.inspect(res))
  local hv = res.result.contents.value
  check(hv:find('JIT trace IR', 1, true) and hv:find('# 12: total = (total + i * i) % 1000003', 1, true)
    and hv:find('int_mul_ovf', 1, true), 'hover: ' .. hv)

  -- kiln.run of the leaking program: the warning comes from the new run.
  local run0 = client.request_sync('workspace/executeCommand', { command = 'kiln.run',
    arguments = { vim.uri_from_bufnr(buf) } }, 120000, buf)
  check(run0 and not run0.err and run0.result and run0.result.exitCode == 0, 'kiln.run: ' .. vim.inspect(run0))
  check(run0.result.leaks == 1 and run0.result.output:find('5000\n42538\n', 1, true)
    and run0.result.output:find('ResourceWarning: unclosed file', 1, true), 'leaking run: ' .. vim.inspect(run0.result))
  check(vim.wait(30000, function() return #vim.diagnostic.get(buf) == 1 end, 20), 'no diagnostic after kiln.run')
  d = vim.diagnostic.get(buf)
  check(d[1].lnum == 3 and d[1].message:find('ResourceWarning'), 'diagnostics after kiln.run: ' .. vim.inspect(d))

  -- The quick fix turns f = open(...) into a with statement.
  -- Neovim 0.7 keeps the LSP diagnostic's range in lnum/col, not in user_data.lsp.
  local range = { start = { line = d[1].lnum, character = d[1].col }, ['end'] = { line = d[1].end_lnum, character = d[1].end_col } }
  local lspdiag = vim.tbl_extend('force', d[1].user_data.lsp or {}, { range = range, message = d[1].message, severity = 2 })
  local ca = client.request_sync('textDocument/codeAction', { textDocument = td,
    range = range, context = { diagnostics = { lspdiag } } }, 20000, buf)
  check(ca and ca.result and #ca.result == 1 and ca.result[1].kind == 'quickfix', 'code action: ' .. vim.inspect(ca))
  vim.lsp.util.apply_workspace_edit(ca.result[1].edit, client.offset_encoding or 'utf-16')
  local lines = vim.api.nvim_buf_get_lines(buf, 3, 6, false)
  check(lines[1] == '    with open(path, "w") as f:' and lines[2] == '        for line in lines:', 'fixed text: ' .. vim.inspect(lines))
  vim.cmd('write')

  -- Run the fixed program with kiln: the new run replaces the facts and
  -- the warning stays gone.
  local run = client.request_sync('workspace/executeCommand', { command = 'kiln.run',
    arguments = { vim.uri_from_bufnr(buf) } }, 120000, buf)
  check(run and not run.err and run.result and run.result.exitCode == 0, 'kiln.run: ' .. vim.inspect(run))
  check(run.result.output == '5000\n42538\n' and run.result.leaks == 0, 'program output: ' .. vim.inspect(run.result))
  check(vim.wait(30000, function() return #vim.diagnostic.get(buf) == 0 end, 20), 'diagnostics after the fix and run: ' .. vim.inspect(vim.diagnostic.get(buf)))

  client.stop()
  check(vim.wait(30000, function() return exit_code ~= nil end, 20), 'server did not exit')
  check(exit_code == 0, 'server exit code ' .. tostring(exit_code))
end)
if not ok then
  io.stdout:write('FAIL: ' .. tostring(err) .. '\n')
  io.stdout:write('nvim-lsp: ' .. passed .. ' passed, 1 failed\n')
  vim.cmd('cquit 1')
end
io.stdout:write('nvim-lsp: ' .. passed .. ' passed, 0 failed\n')
vim.cmd('qall!')
