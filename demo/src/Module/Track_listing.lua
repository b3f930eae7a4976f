-- Module:Track listing
-- Draws an album's track list as a table for {{Track listing}}: a number,
-- the quoted title with an optional note, optional writer and extra columns,
-- and the length. When no total_length is given, the lengths of all tracks
-- are added up (only if every track has a length in m:ss or h:mm:ss form).
local p = {}

local function present(value)
	if value == nil then
		return nil
	end
	value = mw.text.trim(value)
	if value == '' then
		return nil
	end
	return value
end

local function isYes(value)
	value = present(value)
	return value ~= nil and (value == 'yes' or value == 'y' or value == 'true' or value == '1')
end

-- "4:02" -> 242, "1:02:03" -> 3723; nil for anything else.
local function toSeconds(length)
	if not length then
		return nil
	end
	local parts = mw.text.split(length, ':', true)
	if #parts < 2 or #parts > 3 then
		return nil
	end
	local total = 0
	for i, part in ipairs(parts) do
		if not part:match('^%d+$') or (i > 1 and #part ~= 2) then
			return nil
		end
		total = total * 60 + tonumber(part)
	end
	return total
end

local function formatSeconds(seconds)
	local hours = math.floor(seconds / 3600)
	local minutes = math.floor((seconds % 3600) / 60)
	local rest = seconds % 60
	if hours > 0 then
		return string.format('%d:%02d:%02d', hours, minutes, rest)
	end
	return string.format('%d:%02d', minutes, rest)
end

local function trackNumbers(args)
	local numbers = {}
	for key in pairs(args) do
		if type(key) == 'string' then
			local n = key:match('^title(%d+)$')
			if n then
				numbers[#numbers + 1] = tonumber(n)
			end
		end
	end
	table.sort(numbers)
	return numbers
end

function p.main(frame)
	local args = frame:getParent().args
	local numbers = trackNumbers(args)
	local writing = isYes(args.writing_credits)
	local extraColumn = present(args.extra_column)
	local out = {}

	local credit = present(args.all_writing)
	if credit then
		out[#out + 1] = mw.html.create('p')
			:addClass('tracklist-credit')
			:wikitext('All tracks are written by ' .. credit .. ', except where noted.')
	end

	local tbl = mw.html.create('table'):addClass('tracklist')
	local headline = present(args.headline)
	if headline then
		tbl:tag('caption'):wikitext(headline)
	end
	local head = tbl:tag('tr')
	head:tag('th'):attr('scope', 'col'):addClass('tracklist-number-header')
		:tag('abbr'):attr('title', 'Number'):wikitext('No.')
	head:tag('th'):attr('scope', 'col'):wikitext('Title')
	if writing then
		head:tag('th'):attr('scope', 'col'):wikitext('Writer(s)')
	end
	if extraColumn then
		head:tag('th'):attr('scope', 'col'):wikitext(extraColumn)
	end
	head:tag('th'):attr('scope', 'col'):addClass('tracklist-length-header'):wikitext('Length')

	local sum, complete = 0, #numbers > 0
	for _, n in ipairs(numbers) do
		local row = tbl:tag('tr')
		row:tag('th'):attr('scope', 'row'):wikitext(n .. '.')
		local title = '"' .. (present(args['title' .. n]) or '') .. '"'
		local note = present(args['note' .. n])
		if note then
			title = title .. ' <span class="tracklist-note">(' .. note .. ')</span>'
		end
		row:tag('td'):wikitext(title)
		if writing then
			row:tag('td'):wikitext(present(args['writer' .. n]) or '')
		end
		if extraColumn then
			row:tag('td'):wikitext(present(args['extra' .. n]) or '')
		end
		local length = present(args['length' .. n])
		row:tag('td'):addClass('tracklist-length'):wikitext(length or '')
		local seconds = toSeconds(length)
		if seconds then
			sum = sum + seconds
		else
			complete = false
		end
	end

	local total = present(args.total_length)
	if not total and complete then
		total = formatSeconds(sum)
	end
	if total then
		local columns = 2 + (writing and 1 or 0) + (extraColumn and 1 or 0)
		local row = tbl:tag('tr'):addClass('tracklist-total-length')
		row:tag('th'):attr('colspan', tostring(columns)):attr('scope', 'row')
			:tag('span'):wikitext('Total length:')
		row:tag('td'):wikitext(total)
	end

	out[#out + 1] = tbl
	local parts = {}
	for i, node in ipairs(out) do
		parts[i] = tostring(node)
	end
	return table.concat(parts, '\n')
end

return p
