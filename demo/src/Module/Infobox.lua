-- Module:Infobox
-- Builds an infobox table from numbered arguments, for templates such as
-- {{Infobox settlement}}. Each row n is either a header (headern) or a
-- label/data pair (labeln, datan); a data row without a label spans both
-- columns. Rows whose data is empty are left out, and so is a header that
-- has no filled row under it.
--
-- Usage (inside a template):
--   {{#invoke:Infobox|infobox |above={{{name|}}} |image={{{image|}}}
--    |caption={{{caption|}}} |header1=Geography |label2=Area |data2={{{area|}}} }}
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

-- Row numbers used by headerN, labelN and dataN, in ascending order.
local function rowNumbers(args)
	local seen, numbers = {}, {}
	for key in pairs(args) do
		if type(key) == 'string' then
			local n = key:match('^header(%d+)$') or key:match('^label(%d+)$') or key:match('^data(%d+)$')
			if n then
				n = tonumber(n)
				if not seen[n] then
					seen[n] = true
					numbers[#numbers + 1] = n
				end
			end
		end
	end
	table.sort(numbers)
	return numbers
end

-- The rows to draw: a header only survives when a data row follows it
-- before the next header.
local function collectRows(args)
	local rows, pendingHeader = {}, nil
	for _, n in ipairs(rowNumbers(args)) do
		local header = present(args['header' .. n])
		local data = present(args['data' .. n])
		if header then
			pendingHeader = { kind = 'header', text = header }
		elseif data then
			if pendingHeader then
				rows[#rows + 1] = pendingHeader
				pendingHeader = nil
			end
			rows[#rows + 1] = { kind = 'data', label = present(args['label' .. n]), text = data }
		end
	end
	return rows
end

local function addImage(root, args)
	local image = present(args.image)
	if not image then
		return
	end
	local size = present(args.image_size) or '250px'
	local link = '[[File:' .. image .. '|' .. size
	local alt = present(args.alt)
	if alt then
		link = link .. '|alt=' .. alt
	end
	link = link .. ']]'
	local cell = root:tag('tr'):tag('td')
		:attr('colspan', '2')
		:addClass('infobox-image')
		:wikitext(link)
	local caption = present(args.caption)
	if caption then
		cell:tag('div'):addClass('infobox-caption'):wikitext(caption)
	end
end

function p.infobox(frame)
	local args = frame.args
	local root = mw.html.create('table'):addClass('infobox')
	local bodyclass = present(args.bodyclass)
	if bodyclass then
		root:addClass(bodyclass)
	end
	local above = present(args.above)
	if above then
		root:tag('tr'):tag('th')
			:attr('colspan', '2')
			:addClass('infobox-above')
			:wikitext(above)
	end
	local subheader = present(args.subheader)
	if subheader then
		root:tag('tr'):tag('td')
			:attr('colspan', '2')
			:addClass('infobox-subheader')
			:wikitext(subheader)
	end
	addImage(root, args)
	for _, row in ipairs(collectRows(args)) do
		local tr = root:tag('tr')
		if row.kind == 'header' then
			tr:tag('th'):attr('colspan', '2'):addClass('infobox-header'):wikitext(row.text)
		elseif row.label then
			tr:tag('th'):attr('scope', 'row'):addClass('infobox-label'):wikitext(row.label)
			tr:tag('td'):addClass('infobox-data'):wikitext(row.text)
		else
			tr:tag('td'):attr('colspan', '2'):addClass('infobox-full-data'):wikitext(row.text)
		end
	end
	local below = present(args.below)
	if below then
		root:tag('tr'):tag('td')
			:attr('colspan', '2')
			:addClass('infobox-below')
			:wikitext(below)
	end
	return tostring(root)
end

return p
