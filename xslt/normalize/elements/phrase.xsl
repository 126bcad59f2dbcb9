<?xml version="1.0" encoding="UTF-8"?>
<!-- Phrase-level TEI and the small blocks of letters and documents.
       * said, q, soCalled: the house q (the drivers add the quotation marks of the language);
         said with direct="false" is reported speech, without marks; a quotation that holds
         blocks (paragraphs, verse) is a block quotation;
       * cit: a quotation with its source, a block when it stands among blocks;
       * hi: the rend values the drivers know stay house hi; any other (small caps, strike
         through, centred, several values, @rendition, @style) is tp:inline role="hi" with the
         values as tokens in @rend and the CSS of @style/@rendition in @style;
       * names, dates, numbers, measures, seg, gloss: plain phrases by role;
       * signed, salute, dateline, opener, closer, postscript, trailer, floatingText: blocks (or
         phrases where they run in text);
       * egXML: the example's markup as code, never interpreted; gi, att, val, tag, ident, code
         as code with their conventional signs. -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:eg="http://www.tei-c.org/ns/Examples"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <!-- Quotations holding blocks are block quotations. -->
  <xsl:template match="(tei:q | tei:quote | tei:said)[ancestor::tei:text][f:is-block(.)]" priority="2">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'block'"/>
      <xsl:with-param name="role" select="'quote'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:said[ancestor::tei:text] | tei:soCalled[ancestor::tei:text]">
    <xsl:choose>
      <xsl:when test="self::tei:said[@direct = 'false']">
        <xsl:call-template name="f:lower">
          <xsl:with-param name="kind" select="'inline'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <q>
          <xsl:apply-templates select="@xml:id | @xml:lang"/>
          <xsl:apply-templates/>
        </q>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:cit[ancestor::tei:text]">
    <xsl:call-template name="f:lower"/>
  </xsl:template>

  <!-- hi: what the drivers do not know. -->
  <xsl:variable name="fp:house-rend" as="xs:string+"
      select="'italic', 'i', 'emphasis', 'bold', 'b', 'strong', 'sup', 'superscript', 'sub', 'subscript', 'underline'"/>

  <xsl:template match="tei:hi[ancestor::tei:text][@rendition or @style or not(normalize-space(@rend) = $fp:house-rend)]
                       [@rend or @rendition or @style]">
    <xsl:variable name="css" select="string-join((normalize-space(@style)[. ne ''],
        for $r in tokenize(@rendition) return fp:rendition-css($r, .)), '; ')"/>
    <xsl:choose>
      <xsl:when test="fp:is-aligned-block(.)">
        <tp:block role="hi" rend="{string-join(fp:styles(@rend, $css), ' ')}">
          <xsl:apply-templates select="@xml:id | @xml:lang"/>
          <xsl:if test="$css ne ''"><xsl:attribute name="style" select="$css"/></xsl:if>
          <xsl:apply-templates/>
        </tp:block>
      </xsl:when>
      <xsl:otherwise>
        <!-- The hi stays (the shared rule gives it its emphasis); the drivers add the styles. -->
        <xsl:copy>
          <xsl:apply-templates select="@*"/>
          <xsl:attribute name="tp:styles" select="string-join(fp:styles(@rend, $css), ' ')"/>
          <xsl:if test="$css ne ''"><xsl:attribute name="tp:css" select="$css"/></xsl:if>
          <xsl:apply-templates/>
        </xsl:copy>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The styles of a hi: its rend values, and the letter cases its CSS asks for (small caps,
       capitals), which the drivers and the gate must know by name: the PDF sets them as
       letters of another case and size (FOP has no small caps). -->
  <xsl:function name="fp:styles" as="xs:string*">
    <xsl:param name="rend" as="attribute()?"/>
    <xsl:param name="css" as="xs:string"/>
    <xsl:sequence select="distinct-values((fp:rend-tokens($rend),
        'smallcaps'[matches($css, 'font-variant(-caps)?\s*:\s*(all-)?small-caps', 'i')],
        'uppercase'[matches($css, 'text-transform\s*:\s*uppercase', 'i')]))"/>
  </xsl:function>

  <!-- rend values, spelled as the drivers' role styles name them. -->
  <xsl:function name="fp:rend-tokens" as="xs:string*">
    <xsl:param name="rend" as="attribute()?"/>
    <xsl:for-each select="tokenize(lower-case(replace(string($rend), '[()]', ' ')))">
      <xsl:sequence select="
          if (. = ('italic', 'i', 'it', 'italics', 'emphasis', 'em')) then 'italic'
          else if (. = ('bold', 'b', 'strong', 'bo')) then 'bold'
          else if (. = ('sup', 'superscript', 'super', 'sup()')) then 'sup'
          else if (. = ('sub', 'subscript')) then 'sub'
          else if (. = ('smallcaps', 'small-caps', 'sc', 'smcap', 'caps')) then 'smallcaps'
          else if (. = ('underline', 'u', 'ul', 'underlined')) then 'underline'
          else if (. = ('strikethrough', 'strike', 'line-through', 'overstrike', 'struck')) then 'strikethrough'
          else if (. = ('center', 'centre', 'centred', 'centered', 'align(center)')) then 'center'
          else if (. = ('right', 'align(right)', 'right-aligned', 'flush-right')) then 'right'
          else if (. = ('uppercase', 'upper', 'allcaps')) then 'uppercase'
          else if (. = ('large', 'larger', 'big')) then 'large'
          else if (. = ('small', 'smaller')) then 'small'
          else if (. = ('roman', 'normal', 'upright')) then 'roman'
          else if (. = ('spaced', 'letterspace', 'gesperrt', 'expanded')) then 'spaced'
          else if (. = ('code', 'monospace', 'typewriter', 'tt')) then 'code'
          else ()"/>
    </xsl:for-each>
  </xsl:function>

  <!-- CSS a rendition in the header (tagsDecl) gives, for @rendition="#id". -->
  <xsl:function name="fp:rendition-css" as="xs:string?">
    <xsl:param name="reference" as="xs:string"/>
    <xsl:param name="context" as="element()"/>
    <xsl:variable name="rendition" select="root($context)//tei:tagsDecl/tei:rendition[@xml:id = substring-after($reference, '#')][1]"/>
    <xsl:sequence select="normalize-space($rendition[@scheme = 'css' or empty(@scheme)])[. ne '']"/>
  </xsl:function>

  <!-- A hi centred or set right that stands among blocks aligns a line of its own. -->
  <xsl:function name="fp:is-aligned-block" as="xs:boolean">
    <xsl:param name="hi" as="element(tei:hi)"/>
    <xsl:sequence select="fp:rend-tokens($hi/@rend) = ('center', 'right') and f:is-block($hi)"/>
  </xsl:function>

  <!-- Names, dates, numbers and measures: the text, with a role for the style sheet. -->
  <xsl:template match="(tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:roleName | tei:forename
                       | tei:surname | tei:addName | tei:genName | tei:nameLink | tei:geogName | tei:settlement
                       | tei:country | tei:region | tei:district | tei:bloc | tei:time | tei:num | tei:measure
                       | tei:geogFeat | tei:offset | tei:affiliation | tei:email | tei:address | tei:addrLine
                       | tei:street | tei:postCode | tei:c | tei:w | tei:pc | tei:formula | tei:metamark | tei:fw)
                       [ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'inline'"/>
      <xsl:with-param name="role" select="if (self::tei:time | self::tei:num | self::tei:measure) then local-name()
          else if (self::tei:c | self::tei:w | self::tei:pc | self::tei:formula | self::tei:metamark | self::tei:fw) then 'plain'
          else 'name'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A character given only by its @n: the TLS and Kanripo texts write their punctuation as
       <c n="，"/>. The character of @n is the text the reader sees. -->
  <xsl:template match="(tei:c | tei:g | tei:pc)[ancestor::tei:text][normalize-space(@n) ne '']
                       [empty(node()[self::* or normalize-space()])]" priority="1">
    <tp:inline role="plain">
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:value-of select="@n"/>
    </tp:inline>
  </xsl:template>

  <!-- Chinese and Japanese put no space between words: a line break of the source between two
       phrases of Han text (the TLS texts put each seg, ending in its <c n="，"/>, on a line of
       its own) is no space either. Only between phrases: between blocks white space shows as
       nothing anyway. -->
  <xsl:template match="text()[ancestor::tei:text][not(normalize-space())][fp:joins-han-phrases(.)]"/>

  <xsl:function name="fp:joins-han-phrases" as="xs:boolean">
    <xsl:param name="space" as="text()"/>
    <xsl:sequence select="matches(f:lang($space), '^(zh|ja)(-|$)', 'i')
        and fp:is-han-text(fp:shown-edge(fp:phrase-beside($space, false()), true()))
        and fp:is-han-text(fp:shown-edge(fp:phrase-beside($space, true()), false()))"/>
  </xsl:function>

  <!-- The next (or previous) node with something to show beside $node in its block: a sibling,
       or, at the end of a phrase, the phrase's neighbour. Empty at the edge of a block. -->
  <xsl:function name="fp:phrase-beside" as="node()?">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="after" as="xs:boolean"/>
    <xsl:variable name="next" select="if ($after) then $node/following-sibling::node()[not(self::text()[not(normalize-space())])][1]
        else $node/preceding-sibling::node()[not(self::text()[not(normalize-space())])][1]"/>
    <xsl:sequence select="if (exists($next)) then $next
        else if ($node/parent::tei:*[not(f:is-block(.))][not(local-name() = $fp:phrase-names)]) then fp:phrase-beside($node/parent::*, $after)
        else ()"/>
  </xsl:function>

  <!-- The first or last character $node shows, as far as the source tells: a character given by
       @n counts; a note, a break or a block shows none that can be told here. -->
  <xsl:function name="fp:shown-edge" as="xs:string">
    <xsl:param name="node" as="node()?"/>
    <xsl:param name="last" as="xs:boolean"/>
    <xsl:variable name="text" select="normalize-space(if ($node instance of text()) then $node
        else if ($node/(self::tei:c | self::tei:g | self::tei:pc)[normalize-space(@n) ne ''][not(node()[self::* or normalize-space()])]) then $node/@n
        else '')"/>
    <xsl:sequence select="
        if (not($node instance of text() or $node instance of element())) then ''
        else if ($node instance of text() or $text ne '') then (if ($last) then substring($text, string-length($text)) else substring($text, 1, 1))
        else if ($node/(self::tei:note | self::tei:pb | self::tei:lb | self::tei:cb | self::tei:milestone | self::tei:gap)
                 or f:is-block($node)) then ''
        else fp:shown-edge(($node/node()[not(self::text()[not(normalize-space())])])[if ($last) then last() else 1], $last)"/>
  </xsl:function>

  <xsl:function name="fp:is-han-text" as="xs:boolean">
    <xsl:param name="char" as="xs:string"/>
    <xsl:sequence select="matches($char, '^[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}\p{IsCJKUnifiedIdeographsExtensionA}]$')"/>
  </xsl:function>

  <xsl:template match="tei:seg[ancestor::tei:text] | tei:gloss[ancestor::tei:text] | tei:ab[ancestor::tei:text]
                       | tei:desc[ancestor::tei:text] | tei:signed[ancestor::tei:text] | tei:salute[ancestor::tei:text]
                       | tei:dateline[ancestor::tei:text] | tei:opener[ancestor::tei:text] | tei:closer[ancestor::tei:text]
                       | tei:postscript[ancestor::tei:text] | tei:trailer[ancestor::tei:text]">
    <xsl:call-template name="f:lower"/>
  </xsl:template>

  <!-- In a diplomatic transcription (line-breaks = 'diplomatic') a block whose lines the source
       marks with lb, as an inscription's edition or a manuscript page is, is set line by line,
       each line numbered from its lb/@n as verse lines are (line-numbers: every fifth by
       default), as epigraphic and manuscript editions print them. A block with a line break
       inside a word or a phrase keeps its breaks inline. -->
  <xsl:template match="(tei:ab | tei:p)[ancestor::tei:text][$line-breaks eq 'diplomatic'][tei:lb]
                       [empty(.//tei:lb except tei:lb)]
                       [empty(tei:lb[1]/preceding-sibling::node()[self::* or normalize-space()])]" priority="2">
    <tp:block role="source-lines">
      <xsl:apply-templates select="@xml:id | @xml:lang | @tp:line | @tp:column"/>
      <xsl:for-each-group select="node()" group-starting-with="tei:lb">
        <xsl:variable name="break" select="current-group()[1][self::tei:lb]"/>
        <xsl:variable name="line" select="current-group() except $break"/>
        <xsl:if test="exists($line[self::* or normalize-space()])">
          <tp:block role="source-line">
            <xsl:apply-templates select="$break/@xml:id"/>
            <xsl:if test="exists($break) and fp:shows-line-number(string($break/@n))">
              <xsl:attribute name="number" select="normalize-space($break/@n)"/>
            </xsl:if>
            <xsl:apply-templates select="$line"/>
          </tp:block>
        </xsl:if>
      </xsl:for-each-group>
    </tp:block>
  </xsl:template>

  <xsl:template match="tei:anchor[ancestor::tei:text]">
    <xsl:if test="@xml:id">
      <tp:anchor><xsl:apply-templates select="@xml:id"/></tp:anchor>
    </xsl:if>
  </xsl:template>

  <!-- A text inside a text: its front, body and back run on inside one block. -->
  <xsl:template match="tei:floatingText[ancestor::tei:text]">
    <tp:block role="floating-text">
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:apply-templates select="tei:*/node()"/>
    </tp:block>
  </xsl:template>

  <xsl:template match="tei:group[ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'block'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Markup as code. -->
  <xsl:template match="eg:egXML[ancestor::tei:text] | tei:eg[ancestor::tei:text]">
    <xsl:element name="tp:{if (f:is-block(.)) then 'block' else 'inline'}" namespace="urn:tei-press:normalized">
      <xsl:attribute name="role" select="'code-block'"/>
      <xsl:apply-templates select="@xml:id"/>
      <xsl:value-of select="fp:dedent(if (self::tei:eg) then string(.) else
          string-join(node() ! serialize(fp:without-namespaces(.), map { 'method': 'xml', 'omit-xml-declaration': true() })))"/>
    </xsl:element>
  </xsl:template>

  <!-- The example's elements in no namespace, so that their serialisation shows no xmlns. -->
  <xsl:function name="fp:without-namespaces" as="node()">
    <xsl:param name="node" as="node()"/>
    <xsl:choose>
      <xsl:when test="$node instance of element()">
        <xsl:element name="{local-name($node)}" namespace="">
          <xsl:copy-of select="$node/@*"/>
          <xsl:sequence select="$node/node() ! fp:without-namespaces(.)"/>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$node"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Code without the indentation it had in the source, without blank first and last lines. -->
  <xsl:function name="fp:dedent" as="xs:string">
    <xsl:param name="code" as="xs:string"/>
    <xsl:variable name="lines" select="tokenize(replace(replace($code, '^\s*\n', ''), '\n\s*$', ''), '\n')"/>
    <xsl:variable name="cut" select="if (exists($lines[normalize-space()])) then min($lines[normalize-space()] ! (string-length(.) - string-length(replace(., '^\s+', '')))) else 0"/>
    <xsl:sequence select="string-join($lines ! substring(., $cut + 1), '&#10;')"/>
  </xsl:function>

  <xsl:template match="tei:att[ancestor::tei:text] | tei:val[ancestor::tei:text] | tei:tag[ancestor::tei:text]
                       | tei:ident[ancestor::tei:text] | tei:code[ancestor::tei:text]">
    <xsl:variable name="signs" select="if (self::tei:att) then ('@', '')
        else if (self::tei:val) then ('&quot;', '&quot;')
        else if (self::tei:tag) then (if (@type = 'end') then '&lt;/' else '&lt;', if (@type = 'empty') then '/&gt;' else '&gt;')
        else ('', '')"/>
    <tp:inline role="code">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:call-template name="f:gen"><xsl:with-param name="text" select="$signs[1]"/></xsl:call-template>
      <xsl:apply-templates/>
      <xsl:call-template name="f:gen"><xsl:with-param name="text" select="$signs[2]"/></xsl:call-template>
    </tp:inline>
  </xsl:template>
</xsl:stylesheet>
