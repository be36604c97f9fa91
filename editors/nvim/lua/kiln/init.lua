-- Kiln for Neovim 0.7+: starts kiln-lsp for Python buffers and adds the
-- commands :KilnRun, :KilnTrace and :KilnProfile. Only APIs of Neovim 0.7
-- are used (vim.lsp.start_client, buf_attach_client, vim.loop), so the
-- plugin runs on Debian's Neovim as well as on newer ones.
local M = {}

M.readme = 'https://github.com/kilnpy/kiln/blob/main/editors/nvim/README.md'

local defaults = {
  cmd = { 'kiln-lsp' }, -- the language server and its arguments
  kiln_path = nil, -- kiln that :KilnRun starts (default: next to kiln-lsp, else on PATH)
  prof_path = nil, -- kiln-prof for :KilnProfile (default: next to kiln-lsp, else on PATH)
  run_timeout = 30, -- seconds
  jit = nil, -- kiln --jit options, e.g. 'threshold=200'
  track_resources = true,
  args = {}, -- sys.argv[1:] of the program
  filetypes = { 'python' },
  root_markers = { '.git', 'pyproject.toml', 'setup.py', 'setup.cfg', '.kiln' },
  codelens = true, -- show and refresh code lenses
  autostart = true, -- start kiln-lsp for Python buffers (false with nvim-lspconfig)
  on_attach = nil, -- function(client, bufnr)
  capabilities = nil,
  open_url = nil, -- function(url) for :KilnProfile; default xdg-open/open when found
}

M.config = vim.deepcopy(defaults)
M.last_run = nil -- { bufnr, file, result } of the last :KilnRun
local clients = {} -- root_dir -> client id
local prof_job = nil

local function notify(msg, level)
  vim.notify('Kiln: ' .. msg, level or vim.log.levels.INFO)
end

--- The settings kiln-lsp reads (initializationOptions and
--- workspace/didChangeConfiguration), with kiln-lsp's names. Unset values
--- are left out so that the server keeps its defaults.
function M.server_settings(cfg)
  cfg = cfg or M.config
  return {
    kilnPath = cfg.kiln_path,
    runTimeout = cfg.run_timeout,
    trackResources = cfg.track_resources,
    jit = cfg.jit,
    args = (cfg.args and #cfg.args > 0) and cfg.args or nil,
  }
end

local function dirname(p)
  return vim.fn.fnamemodify(p, ':h')
end

--- root_dir finds the nearest folder above fname holding a root marker,
--- else fname's folder.
function M.root_dir(fname, markers)
  markers = markers or M.config.root_markers
  local dir = dirname(vim.fn.fnamemodify(fname, ':p'))
  local cur = dir
  while true do
    for _, m in ipairs(markers) do
      if vim.loop.fs_stat(cur .. '/' .. m) then
        return cur
      end
    end
    local parent = dirname(cur)
    if parent == cur then
      return dir
    end
    cur = parent
  end
end

local function sibling(exe, name)
  local full = vim.fn.exepath(exe)
  if full == '' then
    return nil
  end
  local p = dirname(full) .. '/' .. name
  if vim.fn.executable(p) == 1 then
    return p
  end
  return nil
end

local function client_for(bufnr)
  -- vim.lsp.get_clients is 0.10+; buf_get_clients is 0.7's.
  local list = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr }) or vim.lsp.buf_get_clients(bufnr)
  for _, c in pairs(list) do
    if c.name == 'kiln' then
      return c
    end
  end
  return nil
end

-- Server commands run from code lenses go through the plugin, so that a
-- click on "▶ Run with Kiln" shows the run and one on a JIT lens opens
-- the trace. Registered globally: nvim-lspconfig users get them too.
local function register_lens_commands()
  vim.lsp.commands['kiln.run'] = function(command, ctx)
    M.run(ctx.bufnr)
  end
  vim.lsp.commands['kiln.showTrace'] = function(command, ctx)
    local args = command.arguments or {}
    M.trace(ctx.bufnr, args[2])
  end
end

local function enable_codelens(bufnr)
  if not M.config.codelens then
    return
  end
  vim.api.nvim_create_autocmd({ 'BufEnter', 'InsertLeave', 'BufWritePost' }, {
    buffer = bufnr,
    group = vim.api.nvim_create_augroup('kiln_codelens_' .. bufnr, { clear = true }),
    callback = function()
      vim.lsp.codelens.refresh()
    end,
  })
  vim.lsp.codelens.refresh()
end

--- on_attach used by setup() and by the nvim-lspconfig config.
function M.on_attach(client, bufnr)
  enable_codelens(bufnr)
  if M.config.on_attach then
    M.config.on_attach(client, bufnr)
  end
end

--- lsp_config is a client configuration for vim.lsp.start_client, or the
--- default_config of an nvim-lspconfig server (see :help kiln-lspconfig).
function M.lsp_config(opts)
  local cfg = vim.tbl_deep_extend('force', M.config, opts or {})
  return {
    name = 'kiln',
    cmd = cfg.cmd,
    filetypes = cfg.filetypes,
    root_dir = function(fname)
      return M.root_dir(fname, cfg.root_markers)
    end,
    init_options = M.server_settings(cfg),
    settings = { kiln = M.server_settings(cfg) },
    capabilities = cfg.capabilities,
    on_attach = M.on_attach,
  }
end

--- attach starts (or reuses) kiln-lsp for the buffer's project and attaches it.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.bo[bufnr].buftype ~= '' or client_for(bufnr) then
    return
  end
  local fname = vim.api.nvim_buf_get_name(bufnr)
  if fname == '' then
    return
  end
  if vim.fn.executable(M.config.cmd[1]) ~= 1 then
    if not M._warned then
      M._warned = true
      notify(string.format('cannot start the language server: "%s" is not an executable on PATH. '
        .. 'Install it with `go install github.com/kilnpy/kiln/cmd/kiln-lsp@latest` or set cmd in '
        .. 'require("kiln").setup{}; see %s', M.config.cmd[1], M.readme), vim.log.levels.ERROR)
    end
    return
  end
  local conf = M.lsp_config()
  local root = conf.root_dir(fname)
  local id = clients[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    conf.root_dir = root
    conf.workspace_folders = { { uri = vim.uri_from_fname(root), name = root } }
    local on_exit = function()
      clients[root] = nil
    end
    conf.on_exit = on_exit
    id = vim.lsp.start_client(conf)
    if not id then
      notify('kiln-lsp failed to start; see :lua print(vim.lsp.get_log_path())', vim.log.levels.ERROR)
      return
    end
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
end

--- The status line of a run: "exit 0 in 41ms · 1 leak · warm-up 4.0 ms".
function M.summary(result, lens_titles)
  local parts = {}
  if result.timedOut then
    parts[#parts + 1] = 'stopped at the time limit after ' .. result.duration
  elseif result.cancelled then
    parts[#parts + 1] = 'cancelled after ' .. result.duration
  else
    parts[#parts + 1] = string.format('exit %d in %s', result.exitCode, result.duration)
  end
  if (result.leaks or 0) > 0 then
    parts[#parts + 1] = string.format('%d %s', result.leaks, result.leaks == 1 and 'leak' or 'leaks')
  end
  for _, t in ipairs(lens_titles or {}) do
    local w = t:match('^Warm%-up: (.-) to steady state')
    if w then
      parts[#parts + 1] = 'warm-up ' .. w
    end
  end
  return table.concat(parts, ' · ')
end

local function need_client(bufnr)
  local client = client_for(bufnr)
  if not client then
    notify('kiln-lsp is not attached to this buffer (is it a Python file? see :help kiln)', vim.log.levels.WARN)
  end
  return client
end

--- run runs the buffer's file with kiln (kiln.run): leaks become
--- diagnostics, and the code lenses are refreshed with the JIT facts.
function M.run(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = need_client(bufnr)
  if not client then
    return
  end
  if vim.bo[bufnr].modified then
    vim.api.nvim_buf_call(bufnr, function()
      vim.cmd('silent write')
    end)
  end
  local file = vim.api.nvim_buf_get_name(bufnr)
  notify('running ' .. vim.fn.fnamemodify(file, ':t'))
  client.request('workspace/executeCommand', { command = 'kiln.run', arguments = { vim.uri_from_bufnr(bufnr) } },
    function(err, result)
      if err then
        notify('run failed: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
        return
      end
      local titles = {}
      local lens = client.request_sync('textDocument/codeLens',
        { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, 5000, bufnr)
      for _, l in ipairs((lens and lens.result) or {}) do
        titles[#titles + 1] = l.command and l.command.title or ''
      end
      M.last_run = { bufnr = bufnr, file = file, result = result, summary = M.summary(result, titles) }
      -- One line, shorter than the screen: a longer message would stop
      -- the editor at a hit-enter prompt. :KilnOutput shows the output.
      local msg = 'Kiln: ' .. M.last_run.summary
      if (result.output or '') ~= '' then
        msg = msg .. ' · :KilnOutput'
      end
      vim.notify(msg:sub(1, math.max(vim.o.columns - 12, 20)),
        result.exitCode == 0 and vim.log.levels.INFO or vim.log.levels.WARN)
      if M.config.codelens and vim.api.nvim_get_current_buf() == bufnr then
        vim.lsp.codelens.refresh()
      end
      vim.api.nvim_exec_autocmds('User', { pattern = 'KilnRunDone', modeline = false })
    end, bufnr)
end

--- scratch opens lines in a read-only buffer named name, to the right of
--- the current window, and returns to the code.
local function scratch(name, lines, filetype)
  local old = vim.fn.bufnr(name)
  if old ~= -1 then
    vim.api.nvim_buf_delete(old, { force = true })
  end
  vim.cmd('rightbelow vnew')
  local b = vim.api.nvim_get_current_buf()
  vim.bo[b].buftype = 'nofile'
  vim.bo[b].bufhidden = 'wipe'
  vim.bo[b].swapfile = false
  vim.api.nvim_buf_set_name(b, name)
  vim.api.nvim_buf_set_lines(b, 0, -1, false, lines)
  vim.bo[b].modifiable = false
  vim.bo[b].filetype = filetype
  vim.cmd('wincmd p')
  return b
end

--- output shows the last run's output and where its facts went.
function M.output()
  local run = M.last_run
  if not run then
    notify('no run yet: :KilnRun first', vim.log.levels.WARN)
    return
  end
  local r = run.result
  local lines = vim.split((r.output or ''):gsub('\n$', ''), '\n', { plain = true })
  table.insert(lines, 1, '$ kiln ' .. run.file)
  if r.truncated then
    lines[#lines + 1] = '[output truncated]'
  end
  lines[#lines + 1] = '[' .. run.summary .. ']'
  lines[#lines + 1] = 'trace log: ' .. (r.traceLog or '')
  if (r.profile or '') ~= '' then
    lines[#lines + 1] = 'profile: ' .. r.profile .. ' (:KilnProfile)'
  end
  return scratch('kiln://output/' .. vim.fn.fnamemodify(run.file, ':t'), lines, 'kilnoutput')
end

--- trace opens the JIT trace of the loop on line (0-based; default the
--- cursor's) in a read-only buffer to the right.
function M.trace(bufnr, line)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = need_client(bufnr)
  if not client then
    return
  end
  if line == nil then
    line = vim.api.nvim_win_get_cursor(0)[1] - 1
  end
  local res, err = client.request_sync('workspace/executeCommand', { command = 'kiln.showTrace',
    arguments = { vim.uri_from_bufnr(bufnr), line } }, 10000, bufnr)
  if not res or res.err then
    local msg = (res and res.err and res.err.message) or err or 'no answer'
    notify(msg, vim.log.levels.WARN)
    return
  end
  local name = string.format('kiln://trace/%s:%d', vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':t'), line + 1)
  return scratch(name, vim.split(res.result, '\n', { plain = true }), 'kilntrace')
end

local function free_port()
  local tcp = vim.loop.new_tcp()
  tcp:bind('127.0.0.1', 0)
  local port = tcp:getsockname().port
  tcp:close()
  return port
end

local function open_url(url)
  if M.config.open_url then
    return M.config.open_url(url)
  end
  for _, opener in ipairs({ 'xdg-open', 'open' }) do
    if vim.fn.executable(opener) == 1 then
      vim.fn.jobstart({ opener, url }, { detach = true })
      return
    end
  end
end

--- profile_command is the kiln-prof command line serving a profile.
function M.profile_command(prof, port, profile, tracelog)
  local cmd = { prof, string.format('-http=127.0.0.1:%d', port), '-no_browser' }
  if tracelog and vim.loop.fs_stat(tracelog) then
    vim.list_extend(cmd, { '--log', tracelog })
  end
  cmd[#cmd + 1] = profile
  return cmd, string.format('http://127.0.0.1:%d/ui/flamegraph', port)
end

--- profile serves the last run's profile with kiln-prof -http and opens it.
function M.profile(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local r = M.last_run and M.last_run.result
  local profile, tracelog = r and r.profile or '', r and r.traceLog
  if profile == '' then
    local file = vim.api.nvim_buf_get_name(bufnr)
    tracelog = M.root_dir(file) .. '/.kiln/' .. vim.fn.fnamemodify(file, ':t:r') .. '.jsonl'
    profile = tracelog:gsub('%.jsonl$', '.pb.gz')
  end
  if not vim.loop.fs_stat(profile) then
    notify('no profile yet: run the file with :KilnRun first', vim.log.levels.WARN)
    return
  end
  local prof = M.config.prof_path
    or (M.config.kiln_path and sibling(M.config.kiln_path, 'kiln-prof'))
    or sibling(M.config.cmd[1], 'kiln-prof')
    or 'kiln-prof'
  if vim.fn.executable(prof) ~= 1 then
    notify('cannot find kiln-prof: set prof_path in require("kiln").setup{}', vim.log.levels.ERROR)
    return
  end
  if prof_job then
    vim.fn.jobstop(prof_job)
  end
  local cmd, url = M.profile_command(prof, free_port(), profile, tracelog)
  prof_job = vim.fn.jobstart(cmd, {
    on_exit = function(_, code)
      if code ~= 0 and code ~= 143 then
        notify('kiln-prof exited with status ' .. code, vim.log.levels.WARN)
      end
    end,
  })
  M.profile_url = url
  notify('profile at ' .. url)
  vim.defer_fn(function()
    open_url(url)
  end, 500)
  return url
end

--- setup configures the plugin, starts kiln-lsp for Python buffers and
--- defines the commands.
function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
  register_lens_commands()
  local group = vim.api.nvim_create_augroup('kiln', { clear = true })
  if M.config.autostart then
    vim.api.nvim_create_autocmd('FileType', {
      group = group,
      pattern = M.config.filetypes,
      callback = function(ev)
        M.attach(ev.buf)
      end,
    })
  end
  vim.api.nvim_create_autocmd('VimLeavePre', {
    group = group,
    callback = function()
      if prof_job then
        vim.fn.jobstop(prof_job)
      end
    end,
  })
  vim.api.nvim_create_user_command('KilnRun', function()
    M.run(0)
  end, { desc = 'Run the file with kiln: leaks, JIT facts, warm-up, profile' })
  vim.api.nvim_create_user_command('KilnTrace', function(o)
    M.trace(0, o.count > 0 and o.count - 1 or nil)
  end, { count = true, desc = 'Show the JIT trace of the loop on the cursor line (or [count])' })
  vim.api.nvim_create_user_command('KilnOutput', function()
    M.output()
  end, { desc = "Show the last run's output" })
  vim.api.nvim_create_user_command('KilnProfile', function()
    M.profile(0)
  end, { desc = 'Serve the last profile with kiln-prof -http and open it' })
  -- Buffers opened before setup.
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    if M.config.autostart and vim.api.nvim_buf_is_loaded(b) and vim.tbl_contains(M.config.filetypes, vim.bo[b].filetype) then
      M.attach(b)
    end
  end
end

return M
