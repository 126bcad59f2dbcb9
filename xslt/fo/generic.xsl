<?xml version="1.0" encoding="UTF-8"?>
<!-- The generic model of the normalising pass (normalize/elements.xsl) in XSL-FO: tp:block and
     tp:inline styled by role (the tables below are the styling, as data), figures with their
     images and captions, tables with header rows repeated on every page, breaks of the source.
     Every block carries a PDF structure role (PDF/UA); images carry their description as
     alternative text. Nothing here decides what text is shown: generated text (tp:gen) was
     decided by the normalising pass and is set as it stands. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <!-- FO properties of each block role; '*' is the PDF structure type. -->
  <xsl:variable name="fp:block-styles" as="map(xs:string, map(xs:string, xs:string))" select="map {
      'stanza':        map { '*': 'Div', 'space-before': '0.6em', 'space-after': '0.6em', 'start-indent': '2em', 'text-align': 'start' },
      'verse-group':   map { '*': 'Div', 'space-before': '0.8em', 'space-after': '0.8em' },
      'verse-line':    map { '*': 'P', 'text-align': 'start', 'text-indent': '0', 'keep-together.within-page': 'always' },
      'speech':        map { '*': 'Div', 'space-before': '0.5em', 'space-after': '0.3em' },
      'speaker':       map { '*': 'P', 'font-weight': 'bold', 'keep-with-next.within-page': 'always', 'text-align': 'start' },
      'stage':         map { '*': 'P', 'font-style': 'italic', 'start-indent': '2em', 'space-before': '0.3em', 'space-after': '0.3em', 'text-align': 'start' },
      'set':           map { '*': 'P', 'font-style': 'italic', 'space-before': '0.5em', 'space-after': '0.5em' },
      'cast-list':     map { '*': 'Div', 'space-before': '1em', 'space-after': '1em' },
      'cast-group':    map { '*': 'Div', 'start-indent': '1em', 'space-after': '0.3em' },
      'cast-item':     map { '*': 'P', 'start-indent': '1em', 'text-indent': '-1em', 'text-align': 'start' },
      'heading':       map { '*': 'P', 'font-weight': 'bold', 'keep-with-next.within-page': 'always', 'space-before': '0.6em', 'space-after': '0.3em', 'text-align': 'start' },
      'separator':     map { '*': 'P', 'text-align': 'center', 'space-before': '0.8em', 'space-after': '0.8em' },
      'quote':         map { '*': 'BlockQuote', 'start-indent': '2em', 'end-indent': '2em', 'space-before': '0.5em', 'space-after': '0.5em' },
      'cit':           map { '*': 'Div', 'start-indent': '2em', 'end-indent': '2em', 'space-before': '0.5em', 'space-after': '0.5em' },
      'code-block':    map { '*': 'P', 'font-family': $western-font, 'font-size': '85%', 'linefeed-treatment': 'preserve',
                             'white-space-collapse': 'false', 'white-space-treatment': 'preserve', 'wrap-option': 'wrap',
                             'text-align': 'start', 'start-indent': '1em', 'space-before': '0.4em', 'space-after': '0.4em', 'text-indent': '0' },
      'title-page':    map { '*': 'Div', 'text-align': 'center', 'space-after': '2em' },
      'doc-title':     map { '*': 'P', 'text-align': 'center', 'font-weight': 'bold', 'font-size': '130%', 'space-after': '0.6em' },
      'title-part':    map { '*': 'P', 'text-align': 'center', 'font-weight': 'bold' },
      'doc-imprint':   map { '*': 'P', 'text-align': 'center', 'space-before': '1em' },
      'doc-date':      map { '*': 'P', 'text-align': 'center' },
      'doc-edition':   map { '*': 'P', 'text-align': 'center' },
      'epigraph':      map { '*': 'Div', 'start-indent': '40%', 'font-size': '90%', 'space-before': '1em', 'space-after': '1em', 'text-align': 'start' },
      'argument':      map { '*': 'Div', 'font-style': 'italic', 'start-indent': '2em', 'end-indent': '2em', 'space-after': '1em' },
      'byline':        map { '*': 'P', 'text-align': 'center' },
      'opener':        map { '*': 'Div', 'space-after': '0.6em' },
      'closer':        map { '*': 'Div', 'space-before': '0.6em' },
      'dateline':      map { '*': 'P', 'text-align': 'end' },
      'salute':        map { '*': 'P' },
      'signed':        map { '*': 'P', 'text-align': 'end' },
      'postscript':    map { '*': 'Div', 'space-before': '0.8em' },
      'trailer':       map { '*': 'P', 'text-align': 'center', 'space-before': '0.8em' },
      'floating-text': map { '*': 'Div', 'start-indent': '1.5em', 'space-before': '0.8em', 'space-after': '0.8em' },
      'witness-list':  map { '*': 'Div', 'space-before': '0.6em', 'space-after': '0.6em' },
      'source-lines':  map { '*': 'Div', 'space-before': '0.3em', 'space-after': '0.3em', 'text-align': 'start' },
      'source-line':   map { '*': 'P', 'text-align': 'start', 'text-indent': '0', 'keep-together.within-page': 'always' },
      'apparatus-list': map { '*': 'Div', 'space-before': '0.6em', 'space-after': '0.6em', 'font-size': '90%' },
      'apparatus-entry': map { '*': 'P', 'start-indent': '1.5em', 'text-indent': '-1.5em', 'text-align': 'start' },
      'witness':       map { '*': 'P', 'start-indent': '2em', 'text-indent': '-2em', 'text-align': 'start' },
      'caption-part':  map { '*': 'P', 'text-align': 'center', 'font-size': '90%' },
      'description':   map { '*': 'P', 'font-size': '90%' },
      'hi':            map { '*': 'P' },
      'generic':       map { '*': 'P' } }"/>

  <!-- FO properties of each inline role and hi rend token. -->
  <xsl:variable name="fp:inline-styles" as="map(xs:string, map(xs:string, xs:string))" select="map {
      'stage':         map { 'font-style': 'italic' },
      'role':          map { 'font-weight': 'bold' },
      'role-desc':     map { 'font-style': 'italic' },
      'del':           map { 'text-decoration': 'line-through' },
      'sigla':         map { 'font-style': 'italic' },
      'heading':       map { 'font-weight': 'bold' },
      'code':          map { 'font-family': $western-font, 'letter-spacing': '0pt', 'hyphenate': 'false' },
      'code-block':    map { 'font-family': $western-font, 'linefeed-treatment': 'preserve', 'white-space-collapse': 'false', 'hyphenate': 'false' },
      'italic':        map { 'font-style': 'italic' },
      'bold':          map { 'font-weight': 'bold' },
      'sup':           map { 'baseline-shift': 'super', 'font-size': '70%' },
      'sub':           map { 'baseline-shift': 'sub', 'font-size': '70%' },
      'smallcaps':     map { },
      'underline':     map { 'text-decoration': 'underline' },
      'strikethrough': map { 'text-decoration': 'line-through' },
      'uppercase':     map { 'text-transform': 'uppercase' },
      'large':         map { 'font-size': '120%' },
      'small':         map { 'font-size': '85%' },
      'roman':         map { 'font-style': 'normal' },
      'spaced':        map { 'letter-spacing': '0.15em' } }"/>

  <!-- The CSS properties of @style (and tagsDecl renditions) that FO shares. -->
  <xsl:variable name="fp:css-properties" as="xs:string+"
      select="'font-style', 'font-weight', 'text-decoration', 'text-transform', 'font-size', 'text-align', 'letter-spacing'"/>

  <xsl:template name="fp:style-attributes">
    <xsl:param name="style" as="map(xs:string, xs:string)?"/>
    <xsl:for-each select="map:keys(($style, map{})[1])[. ne '*']">
      <xsl:sort select="."/>
      <xsl:attribute name="{.}" select="$style(.)"/>
    </xsl:for-each>
  </xsl:template>

  <!-- A hi with styles beyond the shared rule's (small caps, strike-through, several values,
       @style): its content with every style it names. -->
  <xsl:template match="tei:hi[@tp:styles or @tp:css]">
    <fo:inline>
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:call-template name="fp:rend-attributes">
        <xsl:with-param name="rend" select="@tp:styles"/>
        <xsl:with-param name="style" select="@tp:css"/>
      </xsl:call-template>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- Small capitals. FOP 2.11 reads font-variant but sets nothing from it, and applies only
       the ccmp, liga and locl substitutions of a font (not Noto Serif's smcp), so they are made
       here: each run of lowercase letters in capitals of the small-caps size, capitals as they
       stand. The PDF's text then reads those letters as capitals: the gate compares passages
       that hold small caps without regard to case (common/plain-text.xsl, f:case-transformed). -->
  <xsl:template match="text()[fp:in-small-caps(.)]">
    <!-- ß has no one-letter capital: it stays a small letter. -->
    <xsl:analyze-string select="." regex="[\p{{Ll}}-[ß]]+">
      <xsl:matching-substring>
        <fo:inline font-size="{$small-caps-size}"><xsl:value-of select="upper-case(.)"/></fo:inline>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:value-of select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <xsl:function name="fp:in-small-caps" as="xs:boolean">
    <xsl:param name="text" as="text()"/>
    <xsl:sequence select="exists($text/ancestor::*[tokenize(@tp:styles) = 'smallcaps'
        or (self::tp:inline | self::tp:block)[tokenize(@rend) = 'smallcaps']])"/>
  </xsl:function>

  <xsl:template name="fp:rend-attributes">
    <xsl:param name="rend" as="attribute()?" select="@rend"/>
    <xsl:param name="style" as="attribute()?" select="@style"/>
    <xsl:for-each select="tokenize($rend)">
      <xsl:call-template name="fp:style-attributes">
        <xsl:with-param name="style" select="$fp:inline-styles(.)"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="self::tp:block and tokenize($rend) = ('center', 'right')">
      <xsl:attribute name="text-align" select="if (tokenize($rend) = 'center') then 'center' else 'end'"/>
    </xsl:if>
    <xsl:for-each select="tokenize($style, ';')[contains(., ':')]">
      <xsl:variable name="property" select="normalize-space(substring-before(., ':'))"/>
      <xsl:variable name="value" select="normalize-space(substring-after(., ':'))"/>
      <xsl:if test="$property = $fp:css-properties and matches($value, '^[a-zA-Z0-9.%# -]+$')">
        <xsl:attribute name="{$property}" select="if ($value = ('left')) then 'start' else if ($value = 'right') then 'end' else $value"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tp:block">
    <xsl:variable name="style" select="($fp:block-styles(@role), $fp:block-styles('generic'))[1]"/>
    <fo:block role="{if ($style('*') eq 'P' and empty(text()[normalize-space()]) and exists(tp:block | tp:figure | tp:table | tei:p)) then 'Div' else $style('*')}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:call-template name="fp:style-attributes">
        <xsl:with-param name="style" select="$style"/>
      </xsl:call-template>
      <xsl:call-template name="fp:rend-attributes"/>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:call-template name="f:hyphenation"/>
      <!-- A numbered line is justified to push its number to the right margin; only then, or
           the words of a short line would be spread. -->
      <xsl:if test="@number">
        <xsl:attribute name="text-align-last" select="'justify'"/>
      </xsl:if>
      <xsl:if test="@part = ('M', 'F')">
        <xsl:attribute name="start-indent" select="if (@part = 'M') then '6em' else '10em'"/>
      </xsl:if>
      <!-- An indented verse line: its indent is added to the stanza's. -->
      <xsl:if test="@indent">
        <xsl:attribute name="start-indent" select="'from-parent(start-indent) + ' || @indent"/>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="@number">
        <fo:leader leader-pattern="space"/>
        <fo:inline font-size="75%" font-family="{$western-font}"><xsl:value-of select="@number"/></fo:inline>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template match="tp:inline">
    <fo:inline>
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:call-template name="fp:style-attributes">
        <xsl:with-param name="style" select="$fp:inline-styles(@role)"/>
      </xsl:call-template>
      <xsl:call-template name="fp:rend-attributes"/>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tp:gen">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="tp:anchor">
    <fo:inline id="{@xml:id}"/>
  </xsl:template>

  <!-- fo:flow holds blocks only: a break or anchor standing directly in front, body or back
       (between the title page and the text, say) gets a block of its own. -->
  <xsl:template match="(tei:text | tei:front | tei:body | tei:back)/(tp:source-page | tp:anchor | tp:inline | tp:gen)" priority="2">
    <fo:block role="Div">
      <xsl:next-match/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tp:line-break">
    <fo:block/>
  </xsl:template>

  <!-- A page, column or section number of the source: small, never spread by justification. -->
  <xsl:template match="tp:source-page">
    <fo:inline font-size="75%" letter-spacing="0pt" font-family="{$western-font}" keep-together.within-line="always">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:if test="@display = 'margin'">
        <xsl:attribute name="baseline-shift" select="'super'"/>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- A break between blocks (between paragraphs or verse lines, at a division's start): the
       number in a block of no height before the next block, indented into the right margin
       and shifted down onto that block's first baseline. No float is needed there: FOP's
       floats fail on some pages (a NullPointerException in PageBreaker.handleFloatLayout). -->
  <xsl:template match="tp:source-page[@display = 'margin'][empty(../text()[normalize-space()])]" priority="1">
    <fo:block font-size="0pt" line-height="0pt" text-indent="0pt" end-indent="0pt" text-align="start"
        start-indent="{$page-width} - {$margin-inner} - {$margin-outer} + {$margin-number-gap}"
        keep-with-next.within-page="always">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <fo:inline font-size="0.75 * {$body-font-size}" font-family="{$western-font}" font-weight="normal" font-style="normal"
          letter-spacing="0pt" baseline-shift="-({$body-line-height} * 0.5 + 0.236) * {$body-font-size}">
        <xsl:apply-templates select="tp:gen[@role = 'margin']"/>
      </fo:inline>
    </fo:block>
  </xsl:template>

  <!-- A number in the margin, beside the line where the break falls, and the "|" the model put
       where the line is divided. FOP 2.11 sets an fo:float on the line of its anchor, drawn from
       the start indent of the anchor's block whatever side float asks for (text-indent aside);
       a zero-wide float takes no room from the text. Its block is indented past the column's
       width, less that start indent, into the right margin: FOP resolves no inherited indent
       inside the float's block-container, so the indent in force is computed here from the
       blocks around the break. The block keeps the text's size and line height, so that the
       smaller number stands on the line's baseline. -->
  <xsl:template match="tp:source-page[@display = 'margin'][fp:may-float(.)]">
    <xsl:variable name="column" select="'(' || $page-width || ' - ' || $margin-inner || ' - ' || $margin-outer || ')'"/>
    <xsl:if test="@xml:id"><fo:inline id="{@xml:id}"/></xsl:if>
    <fo:float float="end">
      <fo:block-container width="0pt">
        <fo:block start-indent="{string-join(($column || ' + ' || $margin-number-gap,
                                   fp:start-indent(..) ! fp:fo-indent(., $column)), ' - ')}"
            end-indent="0pt" text-indent="0pt" text-align="start" font-weight="normal" font-style="normal"
            letter-spacing="0pt" keep-together.within-line="always">
          <fo:inline font-size="75%" font-family="{$western-font}">
            <xsl:apply-templates select="tp:gen[@role = 'margin']"/>
          </fo:inline>
        </fo:block>
      </fo:block-container>
    </fo:float>
    <xsl:apply-templates select="tp:gen[@role = 'break-mark']"/>
  </xsl:template>

  <!-- The start indent in force at $e as FO lengths to add up: a start-indent replaces the one
       of the blocks around it, an indented verse line adds to it. -->
  <xsl:function name="fp:start-indent" as="xs:string*">
    <xsl:param name="e" as="node()?"/>
    <xsl:variable name="style" select="$e/self::tp:block ! ($fp:block-styles(@role), map{})[1]"/>
    <xsl:sequence select="
        if (empty($e/self::*)) then ()
        else if ($e/self::tp:block/@indent) then (fp:start-indent($e/..), string($e/@indent))
        else if ($e/self::tp:block/@part = 'M') then '6em'
        else if ($e/self::tp:block/@part = 'F') then '10em'
        else if (exists($style) and map:contains($style, 'start-indent')) then $style('start-indent')
        else if ($e/self::tei:quote[tei:p]) then '2em'
        else fp:start-indent($e/..)" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- An indent taken away; a percentage is of the column, not of the float's zero width. -->
  <xsl:function name="fp:fo-indent" as="xs:string">
    <xsl:param name="indent" as="xs:string"/>
    <xsl:param name="column" as="xs:string"/>
    <xsl:sequence select="if (ends-with($indent, '%'))
        then number(substring-before($indent, '%')) div 100 || ' * ' || $column
        else $indent"/>
  </xsl:function>

  <!-- FOP cannot float beside a table, XSL forbids a float in a footnote, and fo:flow takes
       no inline: there the number stays raised in the line. -->
  <xsl:function name="fp:may-float" as="xs:boolean">
    <xsl:param name="break" as="element(tp:source-page)"/>
    <xsl:sequence select="empty($break/ancestor::tei:note | $break/ancestor::tp:table | $break/ancestor::tp:figure
        | $break/ancestor::tei:list | $break/ancestor::tei:listBibl | $break/ancestor::tei:head)
        and exists($break/parent::* except $break/(parent::tei:text | parent::tei:front | parent::tei:body | parent::tei:back))"/>
  </xsl:function>

  <xsl:template match="tp:gen[@role = 'break-mark']">
    <fo:inline font-family="{$western-font}"><xsl:value-of select="."/></fo:inline>
  </xsl:template>

  <!-- Figures: the image (or its placeholder), the caption below. -->
  <xsl:template match="tp:figure">
    <fo:block role="Div" text-align="center" text-indent="0" space-before="0.8em" space-after="0.8em"
        keep-together.within-page="always">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates select="tp:image"/>
      <xsl:apply-templates select="tp:caption"/>
      <xsl:apply-templates select="node() except (tp:image, tp:caption)"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tp:image[@status = 'local']">
    <!-- The line holding the image is as high as the image, not as the font (the root sets
         line-stacking-strategy font-height for the text). -->
    <fo:block text-align="center" text-indent="0" line-stacking-strategy="max-height" line-height="normal">
      <fo:external-graphic src="url('{@src}')" fox:alt-text="{@alt}">
        <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
        <xsl:choose>
          <xsl:when test="@width">
            <xsl:attribute name="content-width" select="fp:fo-length(@width)"/>
          </xsl:when>
          <xsl:when test="@scale castable as xs:double">
            <xsl:attribute name="content-width" select="xs:double(@scale) * 100 || '%'"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:attribute name="content-width" select="'scale-down-to-fit'"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@height and empty(@width)">
          <xsl:attribute name="content-height" select="fp:fo-length(@height)"/>
          <xsl:attribute name="content-width" select="'scale-to-fit'"/>
        </xsl:if>
        <xsl:attribute name="width" select="'100%'"/>
        <xsl:attribute name="scaling" select="'uniform'"/>
      </fo:external-graphic>
    </fo:block>
  </xsl:template>

  <!-- TEI lengths are CSS lengths; pixels are taken at 96 per inch. -->
  <xsl:function name="fp:fo-length" as="xs:string">
    <xsl:param name="length" as="xs:string"/>
    <xsl:sequence select="if (matches($length, '^[0-9.]+$')) then $length || 'px'
        else if (matches($length, '^[0-9.]+(px|pt|mm|cm|in|pc|em|%)$')) then $length else 'scale-down-to-fit'"/>
  </xsl:function>

  <!-- An image that is not embedded: a framed box with its description, visibly in place. -->
  <xsl:template match="tp:image">
    <fo:block role="P" border="0.5pt solid black" padding="4pt" start-indent="15%" end-indent="15%"
        text-align="center" text-indent="0" font-size="90%">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tp:caption">
    <fo:block role="Caption" text-align="center" text-indent="0" font-size="90%" space-before="0.4em" keep-with-previous.within-page="always">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tp:caption/tp:gen[@role = 'label']">
    <fo:inline font-weight="bold"><xsl:value-of select="."/></fo:inline>
  </xsl:template>

  <!-- Tables: equal columns across the type area, label rows at the head repeated on each page. -->
  <xsl:template match="tp:table">
    <fo:block role="Div" space-before="0.8em" space-after="0.8em" text-indent="0">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates select="tp:caption"/>
      <xsl:variable name="header" select="tp:row[@role = 'label'][empty(preceding-sibling::tp:row[@role = 'data'])]"/>
      <xsl:variable name="body" select="tp:row except $header"/>
      <xsl:if test="exists(tp:row)">
        <fo:table table-layout="fixed" width="100%" border-collapse="collapse" font-size="90%">
          <xsl:for-each select="1 to xs:integer(@columns)">
            <fo:table-column column-width="proportional-column-width(1)"/>
          </xsl:for-each>
          <xsl:if test="exists($header) and exists($body)">
            <fo:table-header>
              <xsl:apply-templates select="$header"/>
            </fo:table-header>
          </xsl:if>
          <fo:table-body>
            <xsl:apply-templates select="if (exists($body)) then $body else $header"/>
          </fo:table-body>
        </fo:table>
      </xsl:if>
      <xsl:apply-templates select="* except (tp:caption, tp:row)"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tp:row">
    <fo:table-row>
      <xsl:apply-templates select="tp:cell"/>
    </fo:table-row>
  </xsl:template>

  <xsl:template match="tp:cell">
    <!-- Cells of the header rows are TH with a column scope (FOP tags them); label cells in the
         body are set bold but tagged TD, since FOP cannot give them the row scope PDF/UA wants. -->
    <fo:table-cell border="0.4pt solid black" padding="2pt">
      <xsl:if test="@rows ne '1'"><xsl:attribute name="number-rows-spanned" select="@rows"/></xsl:if>
      <xsl:if test="@cols ne '1'"><xsl:attribute name="number-columns-spanned" select="@cols"/></xsl:if>
      <fo:block text-align="start" text-indent="0" start-indent="0" end-indent="0">
        <xsl:if test="@role = 'label'"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
        <xsl:call-template name="f:lang-attribute"/>
        <xsl:call-template name="f:hyphenation"/>
        <xsl:apply-templates/>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- An element that reached the driver unknown (common/unhandled.xsl). -->
  <xsl:template name="f:generic-element">
    <xsl:choose>
      <xsl:when test="empty(../text()[normalize-space()]) and exists(*) and empty(text()[normalize-space()])">
        <fo:block role="Div"><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:when test="empty(../text()[normalize-space()]) and exists(parent::tei:div | parent::tei:body | parent::tei:front | parent::tei:back)">
        <fo:block role="P"><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline><xsl:apply-templates/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
