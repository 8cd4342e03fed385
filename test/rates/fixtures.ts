/** Small ECB files as the ECB writes them, for tests. Values from the ECB's published fixes. */
export const HIST_CSV = `Date,USD,JPY,BGN,CYP,GBP,
2025-09-19,1.1736,174.2,1.9558,N/A,0.8708,
2025-09-18,1.1818,174.3,1.9558,N/A,0.868,
2025-09-17,1.1837,174.08,1.9558,N/A,0.8675,
2025-09-16,1.1807,173.73,1.9558,N/A,0.8656,
2025-09-15,1.1766,173.25,1.9558,N/A,0.8641,
`;

export const DAILY_CSV = `Date, USD, JPY, GBP, \r\n13 April 2026, 1.1684, 186.75, 0.87058, \r\n`;

export const DAILY_XML = `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
	<gesmes:subject>Reference rates</gesmes:subject>
	<gesmes:Sender>
		<gesmes:name>European Central Bank</gesmes:name>
	</gesmes:Sender>
	<Cube>
		<Cube time='2025-09-18'>
			<Cube currency='USD' rate='1.1818'/>
			<Cube currency='GBP' rate='0.868'/>
		</Cube>
		<Cube time="2025-09-17">
			<Cube currency="USD" rate="1.1837"/>
			<Cube currency="GBP" rate="0.8675"/>
		</Cube>
	</Cube>
</gesmes:Envelope>`;
